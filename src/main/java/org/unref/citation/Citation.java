package org.unref.citation;

import java.util.Objects;

/**
 * One citation found in a text: the span {@code [start, end)} in the input (so
 * {@code input.substring(start, end).equals(text)}), what kind of thing it cites, the normalized reference and,
 * when the text names one, the pinpoint inside the cited document ("paragraph 22").
 */
public record Citation(int start, int end, String text, CitationKind kind, Reference reference, String pinpoint) {

    public Citation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
    }

    static Citation of(String input, int start, int end, CitationKind kind, Reference reference, String pinpoint) {
        return new Citation(start, end, input.substring(start, end), kind, reference, pinpoint);
    }

    boolean overlaps(Citation other) {
        return start < other.end && other.start < end;
    }
}
