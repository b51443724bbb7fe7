package org.unref.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns UN document symbols into the ids used in URLs: lower case, every run of characters other than
 * letters and digits turned into one {@code -}, trimmed ({@code S/RES/2118 (2013)} becomes
 * {@code s-res-2118-2013}).
 */
public final class Slugs {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private Slugs() {
    }

    public static String of(String symbol) {
        if (isAscii(symbol)) {
            return ofAscii(symbol);
        }
        String ascii = DIACRITICS.matcher(Normalizer.normalize(symbol, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = slug.startsWith("-") ? 1 : 0;
        int end = slug.endsWith("-") && slug.length() > start ? slug.length() - 1 : slug.length();
        return slug.substring(start, Math.max(start, end));
    }

    /**
     * The same slug without Normalizer and regular expressions, for the usual symbol in plain ASCII (nothing to strip
     * of diacritics): the citation extractor makes one for every citation it finds.
     */
    private static String ofAscii(String symbol) {
        StringBuilder slug = new StringBuilder(symbol.length());
        boolean inRun = false;
        for (int i = 0; i < symbol.length(); i++) {
            char c = symbol.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                slug.append(lower);
                inRun = false;
            } else if (!inRun) {
                slug.append('-');
                inRun = true;
            }
        }
        int start = slug.length() > 0 && slug.charAt(0) == '-' ? 1 : 0;
        int end = slug.length() > start && slug.charAt(slug.length() - 1) == '-' ? slug.length() - 1 : slug.length();
        return slug.substring(start, Math.max(start, end));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
