package org.unref.importing.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unref.resolution.MemberVoteValue;
import org.unref.resolution.ResolutionTextSeed;
import org.unref.resolution.ResolutionVotesSeed;
import org.unref.testing.SharedData;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds seed/resolution_texts.jsonl and seed/resolution_votes.jsonl from the UN's AKN files in ../shared/data/akn
 * with the importer's own parser. Normally it checks that the committed seed equals what the files give; with
 * {@code -Dunref.seed.export=true} it writes the seed files instead:
 * {@code ./mvnw -B -q -o test -Dtest=AknSeedExportTest -Dunref.seed.export=true}.
 */
class AknSeedExportTest {

    private static final Path SEED = Path.of("src/main/resources/seed");
    /** The seed covers the Council's resolutions to the end of 2023. */
    private static final int LAST_YEAR = 2023;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void seedTextsAndVotesShouldEqualWhatTheUnsFilesGive() throws IOException {
        Path root = SharedData.require("data/akn");
        List<AknDocument> docs = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        AknParser parser = new AknParser();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                AknDocument doc;
                try (InputStream in = Files.newInputStream(file)) {
                    doc = parser.parse(in);
                } catch (AknException e) {
                    continue; // the presidential statement
                }
                if (doc.isResolution() && doc.year() <= LAST_YEAR) {
                    docs.add(doc);
                    locations.add(file.getParent().getFileName() + "/" + file.getFileName());
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> docs.get(i).number()));
        StringBuilder texts = new StringBuilder();
        StringBuilder votes = new StringBuilder();
        for (int i : order) {
            AknDocument doc = docs.get(i);
            var sources = List.of(AknImporter.source(locations.get(i)));
            texts.append(mapper.writeValueAsString(new ResolutionTextSeed(doc.symbol(), doc.sponsors(), sources,
                    AknImporter.paragraphs(doc)))).append('\n');
            if (!doc.withoutVote()) {
                List<MemberVoteValue> members = doc.voters().stream()
                        .map(v -> new MemberVoteValue(v.code(), v.name(), v.vote()))
                        .sorted(Comparator.comparing(MemberVoteValue::code)).toList();
                votes.append(mapper.writeValueAsString(new ResolutionVotesSeed(doc.symbol(), members, sources))).append('\n');
            }
        }
        Path textsFile = SEED.resolve("resolution_texts.jsonl");
        Path votesFile = SEED.resolve("resolution_votes.jsonl");
        if (Boolean.getBoolean("unref.seed.export")) {
            Files.writeString(textsFile, texts, StandardCharsets.UTF_8);
            Files.writeString(votesFile, votes, StandardCharsets.UTF_8);
        }
        assertEquals(texts.toString(), Files.readString(textsFile, StandardCharsets.UTF_8),
                "resolution_texts.jsonl is stale: rebuild it with -Dunref.seed.export=true");
        assertEquals(votes.toString(), Files.readString(votesFile, StandardCharsets.UTF_8),
                "resolution_votes.jsonl is stale: rebuild it with -Dunref.seed.export=true");
    }
}
