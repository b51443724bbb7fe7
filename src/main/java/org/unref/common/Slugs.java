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
        String ascii = DIACRITICS.matcher(Normalizer.normalize(symbol, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = slug.startsWith("-") ? 1 : 0;
        int end = slug.endsWith("-") && slug.length() > start ? slug.length() - 1 : slug.length();
        return slug.substring(start, Math.max(start, end));
    }
}
