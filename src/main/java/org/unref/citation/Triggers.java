package org.unref.citation;

import java.util.function.IntConsumer;

/**
 * Finds where a citation can start by looking for its literal keywords with {@link String#indexOf}, which the JVM
 * runs far faster than a regular expression trying every position. Finders then match their pattern only there.
 */
final class Triggers {

    private Triggers() {
    }

    /** Calls {@code at} once for each position, ascending, where one of {@code literals} starts. */
    static void forEach(String text, String[] literals, IntConsumer at) {
        int[] next = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            next[i] = text.indexOf(literals[i]);
        }
        while (true) {
            int min = -1;
            for (int position : next) {
                if (position >= 0 && (min < 0 || position < min)) {
                    min = position;
                }
            }
            if (min < 0) {
                return;
            }
            at.accept(min);
            for (int i = 0; i < literals.length; i++) {
                if (next[i] == min) {
                    next[i] = text.indexOf(literals[i], min + 1);
                }
            }
        }
    }

    /** Matches {@code matcher}'s pattern at exactly {@code position}; lookbehinds may see the text before it. */
    static boolean matchesAt(java.util.regex.Matcher matcher, String text, int position) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        matcher.region(position, text.length());
        return matcher.lookingAt();
    }
}
