package org.unref.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds citations of UN resolutions, Charter provisions, named instruments, drafts, meeting records and emergency
 * special sessions in free text, with their character spans and normalized references.
 *
 * <p>
 * Stateless after construction and safe to share between threads: the patterns are compiled once and every call
 * makes its own matchers. Each finder does a bounded amount of work per match, so the time is linear in the input.
 * Precision comes first: a form is cited only when the text says enough to be sure, since a wrong link is worse
 * than none.
 */
public final class CitationExtractor {

    /** Longest first at the same start, so "Article 2, paragraph 7, of the Charter" beats "Charter" inside it. */
    private static final Comparator<Citation> BY_START_THEN_LONGEST = Comparator.comparingInt(Citation::start)
            .thenComparing(Comparator.comparingInt(Citation::end).reversed())
            .thenComparing(Citation::kind);

    private final List<CitationFinder> finders = List.of(new ResolutionPatterns(), new CharterPatterns(),
            new NamedInstruments(), new DocumentPatterns());
    /** Every finder's trigger words (and the anaphors'), found in one pass over each text. */
    private final Triggers.Scanner scanner = new Triggers.Scanner(java.util.stream.Stream.concat(
            finders.stream().flatMap(finder -> finder.words().stream()), java.util.stream.Stream.of(Anaphora.WORDS))
            .toList());

    /** The citations in {@code text}, sorted by start, none overlapping another. */
    public List<Citation> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Triggers triggers = scanner.scan(text);
        List<Citation> candidates = new ArrayList<>();
        for (CitationFinder finder : finders) {
            finder.find(text, triggers, candidates);
        }
        List<Citation> citations = withoutOverlaps(candidates);
        List<Citation> anaphors = Anaphora.resolve(text, triggers, citations);
        if (!anaphors.isEmpty()) {
            candidates = new ArrayList<>(citations);
            candidates.addAll(anaphors);
            citations = withoutOverlaps(candidates);
        }
        return List.copyOf(citations);
    }

    /** Keeps, left to right, each candidate that does not overlap one already kept (the earliest, then longest, wins). */
    private static List<Citation> withoutOverlaps(List<Citation> candidates) {
        candidates.sort(BY_START_THEN_LONGEST);
        List<Citation> kept = new ArrayList<>(candidates.size());
        int keptEnd = 0;
        for (Citation candidate : candidates) {
            if (candidate.start() >= keptEnd && candidate.end() > candidate.start()) {
                kept.add(candidate);
                keptEnd = candidate.end();
            }
        }
        return kept;
    }
}
