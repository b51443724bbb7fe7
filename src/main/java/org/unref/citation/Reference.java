package org.unref.citation;

import java.util.List;

import org.unref.common.Slugs;

/**
 * A normalized reference, independent of how the text spelled it.
 *
 * <ul>
 * <li>{@code body}: "SC" or "GA" for resolutions, when the text or the number's form says so ("N (YYYY)" is the
 * Council's form, "N (V)", "76/262" and "ES-11/1" the Assembly's); null otherwise.</li>
 * <li>{@code number}: the resolution number as the UN writes it ("2254", "377 (V)", "76/262", "ES-11/1"), the
 * Charter article ("27"), the chapter numeral ("VII") or the emergency special session ("10").</li>
 * <li>{@code part}: the lettered part of an early Assembly resolution ("A" in 377 A (V)), which the symbol drops.</li>
 * <li>{@code paragraph}, {@code item}: the Charter paragraph ("3") and lettered item ("a") of an article.</li>
 * <li>{@code symbol}: the official document symbol when the text fully determines it, else null.</li>
 * <li>{@code id}: the id used in URLs (the symbol's slug, or the Charter id such as "art-27-3", "chapter-vii",
 * "charter", "ess-10"); null when the reference is incomplete.</li>
 * <li>{@code rangeIds}: for a Charter range ("Articles 10 to 14") the ids of every article in it; empty otherwise.</li>
 * </ul>
 */
public record Reference(String body, String number, String part, Integer year, String paragraph, String item,
        String symbol, String id, List<String> rangeIds) {

    public Reference {
        rangeIds = rangeIds == null ? List.of() : List.copyOf(rangeIds);
    }

    /**
     * False when the text leaves the target open ("UNSCR 2254" or "resolution 2254" with no year): the resolver then
     * looks the number up and reports the candidates.
     */
    public boolean complete() {
        return id != null;
    }

    static Reference resolution(String body, String number, String part, Integer year, String symbol) {
        return new Reference(body, number, part, year, null, null, symbol, symbol == null ? null : Slugs.of(symbol),
                List.of());
    }

    static Reference document(String symbol) {
        return new Reference(null, null, null, null, null, null, symbol, Slugs.of(symbol), List.of());
    }

    static Reference article(int article, String paragraph, String item) {
        StringBuilder id = new StringBuilder("art-").append(article);
        if (paragraph != null) {
            id.append('-').append(paragraph);
        }
        if (item != null) {
            id.append('-').append(item);
        }
        return new Reference(null, String.valueOf(article), null, null, paragraph, item, null, id.toString(),
                List.of());
    }

    static Reference articleRange(int first, int last) {
        List<String> ids = new java.util.ArrayList<>();
        for (int article = first; article <= last; article++) {
            ids.add("art-" + article);
        }
        // "to" keeps a range id apart from a paragraph id: art-10-14 would read as Article 10, paragraph 14.
        return new Reference(null, first + "-" + last, null, null, null, null, null, "art-" + first + "-to-" + last,
                ids);
    }

    static Reference chapter(String numeral) {
        return new Reference(null, numeral, null, null, null, null, null,
                "chapter-" + numeral.toLowerCase(java.util.Locale.ROOT), List.of());
    }

    static Reference charter() {
        return new Reference(null, null, null, null, null, null, null, "charter", List.of());
    }

    static Reference emergencySpecialSession(int session) {
        return new Reference("GA", String.valueOf(session), null, null, null, null, null, "ess-" + session, List.of());
    }
}
