package org.unref.citation;

import java.util.regex.Pattern;

/** The words around a citation: about {@link #CONTEXT} characters either side, cut at word boundaries. */
final class Snippets {

    static final int CONTEXT = 80;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Snippets() {
    }

    static String around(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < start ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space >= end ? space : to;
        }
        String snippet = SPACES.matcher(text.substring(from, to)).replaceAll(" ").strip();
        snippet = (from > 0 ? "…" : "") + snippet + (to < text.length() ? "…" : "");
        return snippet.length() > 1000 ? snippet.substring(0, 999) + "…" : snippet;
    }
}
