package org.unref.citation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.unref.importing.akn.AknDocument;
import org.unref.importing.akn.AknParser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark input: the body text of the UN's AKN4UN resolutions, one string per document (its paragraphs joined
 * by line breaks). Read with the service's own {@link AknParser} from {@code ../shared/data/akn} (the system property
 * {@code unref.akn} names another folder); where that folder is absent, from the same resolutions' texts in the
 * service's seed ({@code seed/resolution_texts.jsonl}, inside the service's jar). Nothing is copied or invented.
 */
final class ResolutionTexts {

    record Text(String name, String text, int utf8Bytes) {
        Text(String name, String text) {
            this(name, text, text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private ResolutionTexts() {
    }

    static List<Text> load() {
        Path akn = Paths.get(System.getProperty("unref.akn", "../shared/data/akn"));
        List<Text> texts = Files.isDirectory(akn) ? fromAkn(akn) : fromSeed();
        if (texts.isEmpty()) {
            throw new IllegalStateException("no resolution text found in " + akn.toAbsolutePath() + " or the seed");
        }
        long bytes = texts.stream().mapToLong(Text::utf8Bytes).sum();
        System.err.printf("benchmark input: %d documents, %d bytes of UTF-8 text, from %s%n", texts.size(), bytes,
                Files.isDirectory(akn) ? akn.toAbsolutePath().normalize() : "the seed");
        return texts;
    }

    private static List<Text> fromAkn(Path folder) {
        AknParser parser = new AknParser();
        List<Text> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                AknDocument document;
                try (InputStream in = Files.newInputStream(file)) {
                    document = parser.parse(in);
                } catch (RuntimeException e) {
                    // Not a resolution or draft in AKN (the folder also holds presidential statements): not input.
                    continue;
                }
                String body = String.join("\n", document.paragraphs().stream().map(AknDocument.AknParagraph::text).toList());
                if (!body.isBlank()) {
                    texts.add(new Text(file.getFileName().toString(), body));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<Text> fromSeed() {
        ObjectMapper mapper = new ObjectMapper();
        List<Text> texts = new ArrayList<>();
        InputStream in = ResolutionTexts.class.getClassLoader().getResourceAsStream("seed/resolution_texts.jsonl");
        if (in == null) {
            return texts;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = mapper.readTree(line);
                List<String> paragraphs = new ArrayList<>();
                record.path("paragraphs").forEach(p -> paragraphs.add(p.path("text").asText()));
                texts.add(new Text(record.path("symbol").asText(), String.join("\n", paragraphs)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
