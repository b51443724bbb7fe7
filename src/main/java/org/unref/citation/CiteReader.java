package org.unref.citation;

import java.util.List;

/**
 * Reads one reference written any way ("S/RES/2254 (2015)", "377 (V)", "ES-11/1", "S/2022/155", "Art. 27(3)") into
 * the citations it names, by completing it into a phrase the extractor reads ("resolution 377 (V)", "draft resolution
 * S/2022/155", "Article 27 of the Charter"). Plain Java, no database: {@link CitationService#resolveCite} resolves
 * what it returns.
 */
final class CiteReader {

    /** How a bare reference is completed into a phrase the extractor reads: "377 (V)", "ES-11/1", "S/2022/155". */
    private static final List<String[]> FRAMES = List.of(new String[] { "", "" }, new String[] { "resolution ", "" },
            new String[] { "draft resolution ", "" }, new String[] { "the ", " resolution" }, new String[] { "Article ", " of the Charter" });

    private final CitationExtractor extractor;

    CiteReader(CitationExtractor extractor) {
        this.extractor = extractor;
    }

    /** The citations of the first frame whose citations cover most of {@code cite}; empty when none does. */
    List<Citation> read(String cite) {
        String trimmed = cite.strip();
        for (String[] frame : FRAMES) {
            String phrase = frame[0] + trimmed + frame[1];
            List<Citation> citations = extractor.extract(phrase);
            if (!citations.isEmpty() && coversCite(citations, frame[0].length(), trimmed.length())) {
                return citations;
            }
        }
        return List.of();
    }

    /** The citations found must account for most of what the client wrote, not one word of a sentence. */
    private static boolean coversCite(List<Citation> citations, int citeStart, int citeLength) {
        int covered = 0;
        for (Citation c : citations) {
            int from = Math.max(c.start(), citeStart);
            int to = Math.min(c.end(), citeStart + citeLength);
            covered += Math.max(0, to - from);
        }
        return covered * 2 >= citeLength;
    }
}
