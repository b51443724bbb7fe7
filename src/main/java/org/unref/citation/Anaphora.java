package org.unref.citation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "that resolution", "the said resolution", "its resolution" with no number: the resolution cited just before.
 *
 * <p>
 * Precision first: the phrase is linked only when the current sentence (up to the phrase) and the sentence before
 * it cite exactly one resolution, so there is nothing to choose between. "this resolution" is never linked: in a
 * resolution it means the document itself. A bare "the resolution" is linked only when it ends a clause ("... the
 * resolution.", "the resolution and"), because "the resolution of the conflict" is not a citation.
 */
final class Anaphora {

    private static final Pattern ANAPHOR = Pattern.compile("(?<![\\p{L}])(?:[Ii]ts|[Tt]hat|[Tt]he[\\s\\u00A0\\u202F]+(?:said|same"
            + "|above(?:-mentioned)?|aforementioned|aforesaid)|(?<bare>[Tt]he))[\\s\\u00A0\\u202F]+resolution(?![\\p{L}\\p{N}])"
            + "(?=[\\s\\u00A0\\u202F]*(?:[,.;:)!?]|$)|[\\s\\u00A0\\u202F]+(?:and|but|was|is|has|had|have|were|remains?|which|also|as|calls?|demands?"
            + "|decides?|requests?|urges?)(?![\\p{L}])|\\z)");

    private static final int MAX_CITATIONS_IN_WINDOW = 50;

    /** A cheap first test before the full pattern: "resolution" must follow one of the determiners. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[Ii]ts|[Tt]hat|[Tt]he[\\s\\u00A0\\u202F]+"
            + "(?:said|same|above(?:-mentioned)?|aforementioned|aforesaid)|[Tt]he)[\\s\\u00A0\\u202F]+\\z");
    private static final Pattern AFTER = Pattern.compile("resolution(?![\\p{L}\\p{N}])");

    /**
     * The last word of every {@link #DETERMINER_BEFORE} form: "resolution" is frequent, and most of its occurrences
     * ("Council resolution 2254") are rejected by this set lookup before the pattern runs.
     */
    private static final Set<String> DETERMINER_LAST_WORDS = Set.of("its", "Its", "that", "That", "the", "The", "said",
            "same", "above", "mentioned", "aforementioned", "aforesaid");

    /** Where an anaphor can end: the word "resolution". */
    static final Triggers.Words WORDS = new Triggers.Words("resolution");

    private Anaphora() {
    }

    /** Citations for the anaphors in {@code text}, given the (sorted, non-overlapping) citations found so far. */
    static List<Citation> resolve(String text, Triggers triggers, List<Citation> citations) {
        List<Citation> found = new ArrayList<>();
        Matcher anaphor = ANAPHOR.matcher(text);
        int[] sentenceStarts = null;
        List<Integer> starts = new ArrayList<>();
        Matcher after = AFTER.matcher(text);
        triggers.forEach(WORDS, position -> {
            if (!DETERMINER_LAST_WORDS.contains(wordBeforeSpaces(text, position))) {
                return;
            }
            Matcher determiner = Lookback.endingAt(DETERMINER_BEFORE, text, position, 30);
            if (determiner != null && Triggers.matchesAt(after, text, position)
                    && Triggers.matchesAt(anaphor, text, determiner.start())) {
                starts.add(determiner.start());
            }
        });
        for (int start : starts) {
            Triggers.matchesAt(anaphor, text, start);
            if (sentenceStarts == null) {
                sentenceStarts = sentenceStarts(triggers.chars());
            }
            int window = previousSentenceStart(sentenceStarts, anaphor.start());
            Reference only = onlyResolutionBetween(citations, window, anaphor.start());
            if (only != null) {
                found.add(Citation.of(text, anaphor.start(), anaphor.end(), CitationKind.RESOLUTION, only, null));
            }
        }
        return found;
    }

    /** The run of letters before the spaces that end at {@code position}; empty when no space precedes it. */
    private static String wordBeforeSpaces(String text, int position) {
        int end = position;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == position) {
            return "";
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && end - start < 20) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The characters of {@code [\\s\\u00A0\\u202F]} in the patterns. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u202F';
    }

    private static Reference onlyResolutionBetween(List<Citation> citations, int from, int to) {
        Reference only = null;
        int low = 0;
        for (int high = citations.size(); low < high;) {
            int mid = (low + high) >>> 1;
            if (citations.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        // A window with dozens of citations is a list, not a sentence a reader resolves; capping it keeps this linear.
        for (int i = low, seen = 0; i < citations.size() && seen < MAX_CITATIONS_IN_WINDOW; i++, seen++) {
            Citation citation = citations.get(i);
            if (citation.end() > to) {
                break;
            }
            if (!citesResolution(citation)) {
                continue;
            }
            Reference reference = citation.reference();
            if (only != null && !sameResolution(only, reference)) {
                return null;
            }
            only = only == null ? reference : only;
        }
        return low + MAX_CITATIONS_IN_WINDOW <= citations.size()
                && citations.get(low + MAX_CITATIONS_IN_WINDOW - 1).end() <= to ? null : only;
    }

    private static boolean citesResolution(Citation citation) {
        return citation.kind() == CitationKind.RESOLUTION || citation.kind() == CitationKind.NAMED_INSTRUMENT;
    }

    private static boolean sameResolution(Reference a, Reference b) {
        if (a.id() != null || b.id() != null) {
            return a.id() != null && a.id().equals(b.id());
        }
        return a.number().equals(b.number()) && java.util.Objects.equals(a.body(), b.body());
    }

    /** Sentence starts: after ., ! or ? plus space before a capital, digit or quote, and after line breaks. */
    private static int[] sentenceStarts(char[] text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            int start = -1;
            if (c == '\n') {
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && i + 2 < length && Character.isWhitespace(text[i + 1])) {
                int j = i + 1;
                while (j < length && Character.isWhitespace(text[j])) {
                    j++;
                }
                if (j < length && (Character.isUpperCase(text[j]) || Character.isDigit(text[j])
                        || "\"\u201c'\u2018(".indexOf(text[j]) >= 0)) {
                    start = j;
                }
            }
            if (start >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = start;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The start of the sentence before the one containing {@code position}. */
    private static int previousSentenceStart(int[] starts, int position) {
        int current = 0;
        for (int low = 0, high = starts.length - 1; low <= high;) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= position) {
                current = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return starts[Math.max(0, current - 1)];
    }
}
