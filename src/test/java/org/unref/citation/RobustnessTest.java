package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unref.testing.RandomInputs;

/** Hostile and large inputs: no exception, valid spans, sorted and non-overlapping output, linear time. */
class RobustnessTest {

    private static final CitationExtractor EXTRACTOR = new CitationExtractor();

    /** Fragments of real citation forms, so random texts also come close to matching. */
    private static final String[] FRAGMENTS = {"resolution ", "resolutions ", "2254", " (2015)", ", ", " and ",
        " to ", "S/RES/", "A/RES/", "ES-11/1", "377 A (V)", "76/262", "Article ", "Articles ", "27", "(3)",
        ", paragraph 3", " of the Charter", "Chapter VII", " the Charter", "that resolution", ". ", "\n",
        "Uniting for Peace", "veto initiative", "draft resolution ", "S/2019/961", "S/PV.8697", " (Resumption 1)",
        "tenth emergency special session", "paragraph 22 of ", "Twenty-Seven", "the third paragraph of ", "(",
        ")", "Rome Statute", "Convention"};

    static Stream<String> randomStrings() {
        return RandomInputs.strings(20240611L, 1000, 120);
    }

    static Stream<String> randomFragmentTexts() {
        Random random = new Random(77L);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            return text.toString();
        }).limit(1000);
    }

    @ParameterizedTest
    @MethodSource({"randomStrings", "randomFragmentTexts"})
    void shouldReturnValidSortedNonOverlappingSpansForAnyText(String text) {
        assertWellFormed(text, EXTRACTOR.extract(text));
    }

    @Test
    void shouldExtractFromOneMegabyteQuickly() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(5L);
        while (text.length() < 1_000_000) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append("word ");
        }
        String input = text.toString();
        List<Citation> citations = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(input));
        assertWellFormed(input, citations);
        assertTrue(citations.size() > 1000);
    }

    @Test
    void shouldStayLinearOnPathologicalRepetition() {
        for (String unit : new String[] {"resolution ", "2254 (2015), ", "Article 1 ", "S/RES/", "(((( ",
            "the resolution ", "Articles 1, ", "resolutions 1, "}) {
            String input = unit.repeat(1_000_000 / unit.length());
            List<Citation> citations = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> EXTRACTOR.extract(input), unit);
            assertWellFormed(input, citations);
        }
    }

    static void assertWellFormed(String text, List<Citation> citations) {
        int previousEnd = 0;
        for (Citation citation : citations) {
            assertTrue(citation.start() >= previousEnd, () -> "overlap or unsorted at " + citation);
            assertTrue(citation.end() <= text.length() && citation.start() < citation.end());
            assertEquals(citation.text(), text.substring(citation.start(), citation.end()));
            previousEnd = citation.end();
        }
    }
}
