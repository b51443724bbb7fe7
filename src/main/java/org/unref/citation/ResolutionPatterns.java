package org.unref.citation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions: the keyword forms ("resolution 2254 (2015)", "resolutions 2042 (2012), 2043 (2012) and 2118 (2013)",
 * "UNSCR 2254", "SCR 1325", "SC res. 2254", "General Assembly resolution 377 A (V)", "resolution 76/262",
 * "resolution ES-11/1") and the symbols
 * ("S/RES/2118 (2013)", "A/RES/377(V)", "A/RES/76/262", "A/RES/ES-11/1").
 *
 * <p>
 * A number is only read as a resolution when a keyword or a symbol prefix introduces it: "2254 (2015)" on its own
 * is as likely a date or a count. The form of the number tells the body: "N (YYYY)" is the Council's, "N (V)" with a
 * Roman session, "76/262" and "ES-11/1" the Assembly's. When the text names the other body the symbol is left open
 * rather than guessed.
 */
final class ResolutionPatterns implements CitationFinder {

    private static final Triggers.Words KEYWORDS = new Triggers.Words("resolution", "Resolution", "RESOLUTION", "UNSCR",
            "SCR", "res.", "Res.", "RES.", "Res");
    private static final Triggers.Words SYMBOL_PREFIXES = new Triggers.Words("S/RES/", "A/RES/");

    /**
     * "resolution(s)", "UNSCR" and "SCR" (the Council's: "SCR 1325"), and the abbreviations "res.", "Res." and
     * "Res" (before a number), which count only after the body that adopted them ("SC res. 2254", "UNSC Res 2231",
     * "S.C. Res. 1373 (2001)", "G.A. Res. 377 (V)").
     */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(?:[Rr]esolution|RESOLUTION)(?<plural>[sS])?|(?<unscr>(?:UN)?SCR)s?"
                    + "|(?<abbr>[Rr]es\\.|RES\\.|Res(?=[\\s\\u00A0\\u202F]+\\d)))(?![\\p{L}\\p{N}])");

    /** After the keyword: one resolution number in any of its forms. */
    private static final Pattern ITEM = Pattern.compile("[\\s\\u00A0\\u202F]*(?:"
            + "(?<es>(?:ES|S)-\\d{1,2}/\\d{1,3})"
            + "|(?<session>[3-9]\\d)/(?<ganum>\\d{1,4})"
            + "|(?<num>\\d{1,4})(?:[\\s\\u00A0\\u202F]*(?<part>[A-F])(?=[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*[IVXL]))?"
            + "(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?:(?<year>(?:19|20)\\d\\d)|(?<roman>[IVXL]{1,7}))[\\s\\u00A0\\u202F]*\\))?"
            + ")(?![\\p{L}\\p{N}/]|[.,]\\d)");

    /**
     * Between items of a list; "to" joins the two ends of a range, of which only the named ends are cited. A bare
     * space (a missing comma, as in "2360 (2017) 2424 (2018)") only joins two full items.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\u00A0\\u202F]*,[\\s\\u00A0\\u202F]*(?:and[\\s\\u00A0\\u202F]+|as[\\s\\u00A0\\u202F]+well[\\s\\u00A0\\u202F]+as[\\s\\u00A0\\u202F]+)?"
            + "|[\\s\\u00A0\\u202F]+(?:and|to|or|as[\\s\\u00A0\\u202F]+well[\\s\\u00A0\\u202F]+as)[\\s\\u00A0\\u202F]+|(?<space>[\\s\\u00A0\\u202F]+)");

    /** "of 22 November 1967" after an item of a list: the adoption date, skipped. */
    private static final Pattern DATE_TAIL = Pattern.compile("[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+[1-3]?\\d[\\s\\u00A0\\u202F]+(?:January|February|March"
            + "|April|May|June|July|August|September|October|November|December)[\\s\\u00A0\\u202F]+(?:19|20)\\d\\d(?![\\p{N}])");

    /**
     * "resolutions on Iraq, in particular 1500 (2003), ...": a plural keyword whose list comes after a few words.
     * Bounded and free of digits and sentence ends, so it cannot run into another clause's numbers.
     */
    private static final Pattern LIST_INTRO = Pattern.compile("[^.;:\\d()\\n]{1,120}?(?<![\\p{L}])(?:in[\\s\\u00A0\\u202F]+particular"
            + "|including|notably|especially|namely|such[\\s\\u00A0\\u202F]+as|inter[\\s\\u00A0\\u202F]+alia)[[\\s\\u00A0\\u202F],]+(?=\\d)");

    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\p{N}/])(?:"
            + "S/RES/(?<sn>\\d{1,4})(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?<sy>(?:19|20)\\d\\d)[\\s\\u00A0\\u202F]*\\))?"
            + "|A/RES/(?:(?<aes>(?:ES|S)-\\d{1,2}/\\d{1,3})|(?<as>\\d{2}/\\d{1,4})"
            + "|(?<an>\\d{1,4})[\\s\\u00A0\\u202F]*(?:(?<ap>[A-F])[\\s\\u00A0\\u202F]*)?\\([\\s\\u00A0\\u202F]*(?<ar>[IVXL]{1,7})[\\s\\u00A0\\u202F]*\\))"
            + ")(?![\\p{L}\\p{N}]|/\\d)");

    /** Who adopted it, written just before the keyword. Other bodies' resolutions are not ours to cite. */
    private static final Pattern BODY_BEFORE = Pattern.compile("(?:(?<both>General[\\s\\u00A0\\u202F]+Assembly[\\s\\u00A0\\u202F]+and[\\s\\u00A0\\u202F]+(?:the[\\s\\u00A0\\u202F]+)?"
            + "Security[\\s\\u00A0\\u202F]+Council|Security[\\s\\u00A0\\u202F]+Council[\\s\\u00A0\\u202F]+and[\\s\\u00A0\\u202F]+(?:the[\\s\\u00A0\\u202F]+)?General[\\s\\u00A0\\u202F]+Assembly)|(?<sc>Security[\\s\\u00A0\\u202F]+Council|(?<![\\p{L}.])(?:UNSC|SC|S\\.[\\s\\u00A0\\u202F]?C\\.))"
            + "|(?<ga>General[\\s\\u00A0\\u202F]+Assembly|(?<![\\p{L}.])(?:UNGA|GA|G\\.[\\s\\u00A0\\u202F]?A\\.))"
            + "|(?<foreign>(?:Human[\\s\\u00A0\\u202F]+Rights|Economic[\\s\\u00A0\\u202F]+and[\\s\\u00A0\\u202F]+Social|Trusteeship|Governing|Executive)[\\s\\u00A0\\u202F]+Council"
            + "|ECOSOC|HRC|Commission|Committee|Conference|Board|Health[\\s\\u00A0\\u202F]+Assembly|Council[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+Europe"
            + "|Assembly[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+States[\\s\\u00A0\\u202F]+Parties|IAEA|UNESCO|WHO|OAS|AU|African[\\s\\u00A0\\u202F]+Union|League)"
            + "|(?<draft>[Dd]raft))(?:['\u2019]s|[\\s\\u00A0\\u202F]+(?:in|by|through|under)[\\s\\u00A0\\u202F]+its)?[\\s\\u00A0\\u202F]+\\z");

    /** The last word of every {@link #BODY_BEFORE} form, so the pattern runs only where one of them stands. */
    private static final java.util.Set<String> BODY_LAST_WORDS = java.util.Set.of("Council", "Assembly", "UNSC", "SC", "C",
            "UNGA", "GA", "A", "ECOSOC",
            "HRC", "Commission", "Committee", "Conference", "Board", "Europe", "Parties", "IAEA", "UNESCO", "WHO", "OAS",
            "AU", "Union", "League", "Draft", "draft", "its", "s");

    /** "paragraph 22 of", "operative paragraph 3 of its" just before the (body and) keyword. */
    private static final Pattern PINPOINT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?<kind>[Oo]perative|[Pp]reambular)[\\s\\u00A0\\u202F]+)?"
            + "(?:[Ss]ub)?[Pp]aragraph[\\s\\u00A0\\u202F]+(?<p>\\d{1,3})(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?<sub>[a-z])[\\s\\u00A0\\u202F]*\\))?[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+"
            + "(?:(?:its|the|that)[\\s\\u00A0\\u202F]+)?\\z");

    /** A bracket after a bare number that is not a valid year or session: "resolution 99 (1800)" is a typo or not ours. */
    private static final Pattern INVALID_BRACKET = Pattern.compile("[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?:\\d{1,4}|[IVXLCDM]{1,9})[\\s\\u00A0\\u202F]*\\)");

    private static final int MIN_YEAR = 1946;
    private static final int MAX_YEAR = 2099;
    /** The Assembly numbered by Roman session up to the thirtieth (1975); 31/1 onwards use the slash form. */
    private static final int LAST_ROMAN_SESSION = 30;

    @Override
    public List<Triggers.Words> words() {
        return List.of(KEYWORDS, SYMBOL_PREFIXES);
    }

    @Override
    public void find(String text, Triggers triggers, List<Citation> out) {
        findKeywordForms(text, triggers, out);
        findSymbols(text, triggers, out);
    }

    private void findKeywordForms(String text, Triggers triggers, List<Citation> out) {
        Matcher keyword = KEYWORD.matcher(text);
        Matcher item = ITEM.matcher(text);
        Matcher separator = SEPARATOR.matcher(text);
        triggers.forEach(KEYWORDS, position -> {
            if (Triggers.matchesAt(keyword, text, position)) {
                citeList(text, keyword, item, separator, out);
            }
        });
    }

    /** The resolution or list of resolutions introduced by the keyword under {@code keyword}. */
    private void citeList(String text, Matcher keyword, Matcher item, Matcher separator, List<Citation> out) {
        {
            int start = keyword.start();
            String body = keyword.group("unscr") != null ? "SC" : null;
            Matcher before = BODY_LAST_WORDS.contains(previousWord(text, start)) ? Lookback.endingAt(BODY_BEFORE, text,
                    start, 40) : null;
            if (before != null) {
                if (before.group("foreign") != null || before.group("draft") != null) {
                    return;
                }
                body = before.group("both") != null ? null : before.group("sc") != null ? "SC" : "GA";
                start = before.start();
            }
            if (keyword.group("abbr") != null && (before == null || before.group("both") != null)) {
                // "res. 5" alone is as likely a committee's or a company's: only "SC res." and the like are ours
                return;
            }
            String pinpoint = null;
            Matcher pin = occursWithin(text, "aragraph", start - 60, start)
                    ? Lookback.endingAt(PINPOINT_BEFORE, text, start, 60) : null;
            if (pin != null) {
                pinpoint = pinpoint(pin);
                start = pin.start();
            }
            int position = keyword.end();
            boolean first = true;
            boolean bareList = false;
            boolean mustBeFull = false;
            item.region(position, text.length());
            if (!item.lookingAt() && keyword.group("plural") != null) {
                Matcher intro = LIST_INTRO.matcher(text).region(position, text.length());
                if (intro.lookingAt()) {
                    position = intro.end();
                    start = position;
                    pinpoint = null;
                    mustBeFull = true;
                }
            }
            while (true) {
                item.region(position, text.length());
                if (!item.lookingAt()) {
                    break;
                }
                boolean bare = item.group("num") != null && item.group("year") == null && item.group("roman") == null;
                if (bare && (mustBeFull || !first && (!bareList || item.group("num").length() < 3))) {
                    // "resolution 2254 (2015), 12 members..." : a bare number after a full one is not in the list.
                    break;
                }
                Reference reference = itemReference(text, item, body);
                if (reference == null) {
                    break;
                }
                int itemStart = first ? start : item.start() + leadingSpace(text, item.start(), item.end());
                out.add(Citation.of(text, itemStart, item.end(), CitationKind.RESOLUTION, reference,
                        first ? pinpoint : null));
                bareList = first ? bare : bareList;
                first = false;
                position = item.end();
                Matcher date = DATE_TAIL.matcher(text).region(position, text.length());
                if (date.lookingAt()) {
                    position = date.end();
                }
                separator.region(position, text.length());
                if (!separator.lookingAt()) {
                    break;
                }
                mustBeFull = separator.group("space") != null;
                position = separator.end();
            }
        }
    }

    /** Whether {@code word} starts in {@code [from, to)}; bounded, unlike indexOf, which would run to the end. */
    private static boolean occursWithin(String text, String word, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /** The run of letters just before the spaces before {@code position} ("Council" in "Council resolution"). */
    private static String previousWord(String text, int position) {
        int end = position;
        while (end > 0 && !Character.isLetter(text.charAt(end - 1)) && position - end < 3) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && end - start < 20) {
            start--;
        }
        return text.substring(start, end);
    }

    private static int leadingSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static String pinpoint(Matcher pin) {
        StringBuilder pinpoint = new StringBuilder();
        String kind = pin.group("kind");
        if (kind != null && Character.toLowerCase(kind.charAt(0)) == 'p') {
            pinpoint.append("preambular ");
        }
        pinpoint.append("paragraph ").append(pin.group("p"));
        if (pin.group("sub") != null) {
            pinpoint.append(" (").append(pin.group("sub")).append(')');
        }
        return pinpoint.toString();
    }

    /** The reference for the item under the matcher, or null when the number cannot be a resolution. */
    private static Reference itemReference(String text, Matcher item, String body) {
        if (item.group("es") != null) {
            String number = item.group("es");
            return assembly(body, number, null, null, "A/RES/" + number);
        }
        if (item.group("session") != null) {
            String number = item.group("session") + "/" + item.group("ganum");
            return assembly(body, number, null, null, "A/RES/" + number);
        }
        String num = item.group("num");
        if (num.startsWith("0")) {
            return null;
        }
        if (item.group("year") != null) {
            int year = Integer.parseInt(item.group("year"));
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            String symbol = "GA".equals(body) ? null : "S/RES/" + num + " (" + year + ")";
            return Reference.resolution(body == null ? "SC" : body, num, null, year, symbol);
        }
        if (item.group("roman") != null) {
            String roman = item.group("roman");
            int session = NumberWords.roman(roman);
            if (session < 1 || session > LAST_ROMAN_SESSION) {
                return null;
            }
            return assembly(body, num + " (" + roman + ")", item.group("part"), null, "A/RES/" + num + "(" + roman + ")");
        }
        if (INVALID_BRACKET.matcher(text).region(item.end(), text.length()).lookingAt()) {
            return null;
        }
        return Reference.resolution(body, num, null, null, null);
    }

    private static Reference assembly(String body, String number, String part, Integer year, String symbol) {
        // "Security Council resolution 76/262" contradicts itself: keep the number, leave the symbol open.
        return Reference.resolution(body == null ? "GA" : body, number, part, year, "SC".equals(body) ? null : symbol);
    }

    private void findSymbols(String text, Triggers triggers, List<Citation> out) {
        Matcher symbol = SYMBOL.matcher(text);
        triggers.forEach(SYMBOL_PREFIXES, position -> {
            if (Triggers.matchesAt(symbol, text, position)) {
                Reference reference = symbolReference(symbol);
                if (reference != null) {
                    out.add(Citation.of(text, symbol.start(), symbol.end(), CitationKind.RESOLUTION, reference, null));
                }
            }
        });
    }

    private static Reference symbolReference(Matcher symbol) {
        if (symbol.group("sn") != null) {
            String num = symbol.group("sn");
            if (num.startsWith("0")) {
                return null;
            }
            if (symbol.group("sy") == null) {
                return Reference.resolution("SC", num, null, null, null);
            }
            int year = Integer.parseInt(symbol.group("sy"));
            if (year < MIN_YEAR || year > MAX_YEAR) {
                return null;
            }
            return Reference.resolution("SC", num, null, year, "S/RES/" + num + " (" + year + ")");
        }
        if (symbol.group("aes") != null) {
            return Reference.resolution("GA", symbol.group("aes"), null, null, "A/RES/" + symbol.group("aes"));
        }
        if (symbol.group("as") != null) {
            return Reference.resolution("GA", symbol.group("as"), null, null, "A/RES/" + symbol.group("as"));
        }
        String roman = symbol.group("ar");
        int session = NumberWords.roman(roman);
        if (session < 1 || session > LAST_ROMAN_SESSION) {
            return null;
        }
        String num = symbol.group("an");
        return Reference.resolution("GA", num + " (" + roman + ")", symbol.group("ap"), null,
                "A/RES/" + num + "(" + roman + ")");
    }
}
