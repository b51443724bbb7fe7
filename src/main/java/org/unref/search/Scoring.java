package org.unref.search;

import java.util.List;

import org.unref.common.Where;

/** Counts and snippets of the query's words in a field; plain Java, so ranking is tested without a database. */
final class Scoring {

    private static final int CONTEXT = 80;
    private static final int MAX_COUNTED = 20;

    private Scoring() {
    }

    /** How often the words occur in the text (each word at most {@link #MAX_COUNTED} times); 0 unless all occur. */
    static int occurrences(String text, List<String> words) {
        if (text == null) {
            return 0;
        }
        String lower = Where.fold(text);
        int total = 0;
        for (String word : words) {
            int count = 0;
            for (int at = lower.indexOf(word); at >= 0 && count < MAX_COUNTED; at = lower.indexOf(word, at + word.length())) {
                count++;
            }
            if (count == 0) {
                return 0;
            }
            total += count;
        }
        return total;
    }

    /** The words around the first occurrence of the first word, cut at spaces. */
    static String snippet(String text, List<String> words) {
        String lower = Where.fold(text);
        int at = Math.max(0, lower.indexOf(words.get(0)));
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + words.get(0).length() + CONTEXT);
        if (from > 0) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < at ? space + 1 : from;
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > at ? space : to;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ").strip() + (to < text.length() ? "…" : "");
    }
}
