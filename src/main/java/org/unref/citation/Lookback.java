package org.unref.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a pattern that must END where a citation starts ("paragraph 22 of " before "resolution"), by searching
 * only a short window before it. The window keeps the work per citation constant, so the extractor stays linear.
 */
final class Lookback {

    private Lookback() {
    }

    /** The matcher positioned on a match ending exactly at {@code end}, or null. */
    static Matcher endingAt(Pattern pattern, String text, int end, int window) {
        Matcher matcher = pattern.matcher(text);
        matcher.region(Math.max(0, end - window), end);
        while (matcher.find()) {
            if (matcher.end() == end) {
                return matcher;
            }
        }
        return null;
    }
}
