package org.unref.citation;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;

/**
 * Where the literal words that can start a citation ("resolution", "S/RES/", "Article", ...) occur in one text.
 * Finders match their patterns only there, never at every position.
 *
 * <p>
 * All finders' words are found in ONE pass over the text ({@link Scanner#scan}). Searching each word with
 * {@link String#indexOf} instead costs a full pass per word (about 40 of them), and on texts that are not Latin-1
 * (a curly quote is enough) the JVM's indexOf is a slow character loop: that was half the extractor's time.
 */
final class Triggers {

    /** The literals one finder looks for, each starting with two ASCII characters. Compared by identity. */
    static final class Words {

        private final String[] literals;

        Words(String... literals) {
            for (String literal : literals) {
                if (literal.length() < 2 || literal.charAt(0) >= 128 || literal.charAt(1) >= 128) {
                    throw new IllegalArgumentException("a trigger must start with two ASCII characters: '" + literal + "'");
                }
            }
            this.literals = literals.clone();
        }
    }

    /** Finds a fixed vocabulary of {@link Words} in texts. Immutable, so one scanner serves every thread. */
    static final class Scanner {

        private final char[][] literals;
        /**
         * For each pair of ASCII characters (first {@code << 7 |} second), the literals (indices into
         * {@link #literals}) starting with it, or null: most positions of a text are rejected by one array read.
         */
        private final int[][] byFirstTwo = new int[128 * 128][];
        /** The same pairs as bits: 2 KB, so the test that rejects most positions reads the L1 cache only. */
        private final long[] firstTwoBits = new long[128 * 128 / 64];
        private final Map<Words, int[]> idsOfWords = new IdentityHashMap<>();

        Scanner(List<Words> vocabulary) {
            Map<String, Integer> ids = new LinkedHashMap<>();
            for (Words words : vocabulary) {
                int[] wordIds = new int[words.literals.length];
                for (int i = 0; i < wordIds.length; i++) {
                    wordIds[i] = ids.computeIfAbsent(words.literals[i], literal -> ids.size());
                }
                idsOfWords.put(words, wordIds);
            }
            literals = ids.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
            for (int id = 0; id < literals.length; id++) {
                int[] old = byFirstTwo[firstTwo(literals[id])];
                int[] grown = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
                grown[grown.length - 1] = id;
                byFirstTwo[firstTwo(literals[id])] = grown;
                firstTwoBits[firstTwo(literals[id]) >>> 6] |= 1L << firstTwo(literals[id]);
            }
        }

        private static int firstTwo(char[] literal) {
            return literal[0] << 7 | literal[1];
        }

        /** Every position of every literal of the vocabulary in {@code text}, overlapping ones included. */
        Triggers scan(String text) {
            int[][] positions = new int[literals.length][];
            int[] counts = new int[literals.length];
            // A copy, because reading a char[] is much cheaper than String.charAt on a text that is not Latin-1.
            char[] chars = text.toCharArray();
            int length = chars.length;
            long[] bits = firstTwoBits;
            for (int i = 0; i + 1 < length; i++) {
                int pair = chars[i] << 7 | chars[i + 1];
                if (chars[i] >= 128 || chars[i + 1] >= 128 || (bits[pair >>> 6] & 1L << pair) == 0) {
                    continue;
                }
                for (int id : byFirstTwo[pair]) {
                    if (startsWith(chars, i, literals[id])) {
                        int[] at = positions[id];
                        if (at == null) {
                            at = positions[id] = new int[4];
                        } else if (counts[id] == at.length) {
                            at = positions[id] = Arrays.copyOf(at, at.length * 2);
                        }
                        at[counts[id]++] = i;
                    }
                }
            }
            return new Triggers(this, chars, positions, counts);
        }

        private static boolean startsWith(char[] chars, int from, char[] literal) {
            if (from + literal.length > chars.length) {
                return false;
            }
            for (int i = 2; i < literal.length; i++) {
                if (chars[from + i] != literal[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Scanner scanner;
    private final char[] chars;
    private final int[][] positions;
    private final int[] counts;

    private Triggers(Scanner scanner, char[] chars, int[][] positions, int[] counts) {
        this.scanner = scanner;
        this.chars = chars;
        this.positions = positions;
        this.counts = counts;
    }

    /** The text's characters, for passes over the whole text that would otherwise pay for String.charAt. */
    char[] chars() {
        return chars;
    }

    /** Calls {@code at} once for each position, ascending, where one of {@code words} starts. */
    void forEach(Words words, IntConsumer at) {
        int[] ids = scanner.idsOfWords.get(words);
        if (ids == null) {
            throw new IllegalStateException("these words are not in the scanner's vocabulary: "
                    + Arrays.toString(words.literals));
        }
        int total = 0;
        for (int id : ids) {
            total += counts[id];
        }
        if (total == 0) {
            return;
        }
        int[] all = new int[total];
        int filled = 0;
        for (int id : ids) {
            if (counts[id] > 0) {
                System.arraycopy(positions[id], 0, all, filled, counts[id]);
                filled += counts[id];
            }
        }
        if (ids.length > 1) {
            Arrays.sort(all);
        }
        for (int i = 0; i < total; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                at.accept(all[i]);
            }
        }
    }

    /** Matches {@code matcher}'s pattern at exactly {@code position}; lookbehinds may see the text before it. */
    static boolean matchesAt(Matcher matcher, String text, int position) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        matcher.region(position, text.length());
        return matcher.lookingAt();
    }
}
