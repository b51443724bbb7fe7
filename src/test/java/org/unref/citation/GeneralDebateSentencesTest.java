package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences from real General Debate speeches (UN General Debate Corpus, read from ../shared; skipped when absent):
 * every sentence must extract cleanly, and a handful checked by eye must give exactly the expected ids.
 */
class GeneralDebateSentencesTest {

    private static final Path SENTENCES = Paths.get("..", "shared", "data", "ungdc",
            "ungdc_2014-2023_citation_sentences.jsonl");
    private static final Pattern SENTENCE = Pattern.compile("\"sentence\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final CitationExtractor EXTRACTOR = new CitationExtractor();
    private static List<String> sentences = List.of();

    @BeforeAll
    static void readSentences() throws IOException {
        if (!Files.exists(SENTENCES)) {
            return;
        }
        sentences = new ArrayList<>();
        for (String line : Files.readAllLines(SENTENCES, StandardCharsets.UTF_8)) {
            Matcher matcher = SENTENCE.matcher(line);
            if (matcher.find()) {
                sentences.add(unescape(matcher.group(1)));
            }
        }
    }

    /** Enough of JSON string unescaping for this file: quotes, backslashes and \\uXXXX. */
    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            if (next == 'u' && i + 4 < json.length()) {
                out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            }
        }
        return out.toString();
    }

    @Test
    void shouldExtractEverySentenceWithWellFormedSpans() {
        assumeTrue(!sentences.isEmpty(), "shared General Debate sentences not present");
        int citations = 0;
        for (String sentence : sentences) {
            List<Citation> found = EXTRACTOR.extract(sentence);
            RobustnessTest.assertWellFormed(sentence, found);
            citations += found.size();
        }
        System.out.printf("General Debate: %d sentences, %d citations%n", sentences.size(), citations);
        assertTrue(citations > sentences.size() / 2, "the sentences were chosen because they cite something");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Andorra co-sponsored the recent Security Council resolution 2178|s-res-2178-2014",
            "for adopting resolution 68/304, on 9 September|a-res-68-304",
            "it then invoked the Uniting for Peace resolution and handed its competence|a-res-377-v",
            "For example, Article 47, on the Military Sta|art-47",
            "based on Article 1 of the Constitution|",
            "the effort was vetoed in the Security Council|",
    })
    void shouldCiteExactlyWhatTheSpeakerCited(String fragment, String ids) {
        assumeTrue(!sentences.isEmpty(), "shared General Debate sentences not present");
        String sentence = sentences.stream().filter(s -> s.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence contains: " + fragment));
        String found = EXTRACTOR.extract(sentence).stream()
                .filter(c -> c.kind() != CitationKind.CHARTER)
                .map(c -> c.reference().id()).collect(Collectors.joining(","));
        assertEquals(ids == null ? "" : ids, found, sentence);
    }
}
