package org.unref.citation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written as words ("Twenty-Seven", "third", "eleventh") and Roman numerals ("VII"), as statements spell
 * Charter articles, paragraphs, chapters and sessions. Returns -1 for anything else, so callers can reject the match
 * instead of guessing.
 */
final class NumberWords {

    /** Compiled once: these run for every number written in words that a citation pattern reads. */
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final Map<String, Integer> ORDINAL_UNITS = Map.ofEntries(Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19));

    private static final Map<String, Integer> ORDINAL_TENS = Map.of("twentieth", 20, "thirtieth", 30,
            "fortieth", 40, "fiftieth", 50, "sixtieth", 60, "seventieth", 70, "eightieth", 80, "ninetieth", 90);

    private NumberWords() {
    }

    /** "27", "Twenty-Seven", "twenty seven", "one hundred and eleven" -> the number; else -1. */
    static int cardinal(String words) {
        String w = normalize(words);
        if (w.isEmpty()) {
            return -1;
        }
        if (w.chars().allMatch(Character::isDigit)) {
            return w.length() <= 4 ? Integer.parseInt(w) : -1;
        }
        int hundreds = 0;
        if (w.startsWith("one hundred")) {
            hundreds = 100;
            w = w.substring("one hundred".length()).replaceFirst("^ (and )?", "");
            if (w.isEmpty()) {
                return 100;
            }
        }
        int below = belowHundred(w, UNITS, TENS);
        return below < 0 ? -1 : hundreds + below;
    }

    /** "third", "3rd", "eleventh", "twenty-first" -> the number; else -1. */
    static int ordinal(String words) {
        String w = normalize(words);
        if (NUMERIC_ORDINAL.matcher(w).matches()) {
            return Integer.parseInt(w.substring(0, w.length() - 2));
        }
        Integer tens = ORDINAL_TENS.get(w);
        if (tens != null) {
            return tens;
        }
        Integer unit = ORDINAL_UNITS.get(w);
        if (unit != null) {
            return unit;
        }
        int space = w.indexOf(' ');
        if (space > 0) {
            Integer ten = TENS.get(w.substring(0, space));
            Integer one = ORDINAL_UNITS.get(w.substring(space + 1));
            if (ten != null && one != null && one < 10) {
                return ten + one;
            }
        }
        return -1;
    }

    /** A Roman numeral in canonical form ("VII", "XIX") -> its value; else -1 ("IIII", "VX", "IC" are refused). */
    static int roman(String numeral) {
        if (numeral == null || numeral.isEmpty() || numeral.length() > 12) {
            return -1;
        }
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int value = romanDigit(numeral.charAt(i));
            if (value < 0) {
                return -1;
            }
            int next = i + 1 < numeral.length() ? romanDigit(numeral.charAt(i + 1)) : 0;
            if (value < next) {
                total += next - value;
                i++;
            } else {
                total += value;
            }
        }
        return toRoman(total).equals(numeral) ? total : -1;
    }

    static String toRoman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (value >= values[i]) {
                roman.append(digits[i]);
                value -= values[i];
            }
        }
        return roman.toString();
    }

    private static int romanDigit(char c) {
        switch (c) {
            case 'I':
                return 1;
            case 'V':
                return 5;
            case 'X':
                return 10;
            case 'L':
                return 50;
            case 'C':
                return 100;
            default:
                return -1;
        }
    }

    private static int belowHundred(String w, Map<String, Integer> units, Map<String, Integer> tens) {
        Integer unit = units.get(w);
        if (unit != null) {
            return unit;
        }
        Integer ten = tens.get(w);
        if (ten != null) {
            return ten;
        }
        int space = w.indexOf(' ');
        if (space > 0) {
            Integer t = tens.get(w.substring(0, space));
            Integer u = units.get(w.substring(space + 1));
            if (t != null && u != null && u < 10) {
                return t + u;
            }
        }
        return -1;
    }

    private static String normalize(String words) {
        String w = words.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2010', ' ');
        return SPACES.matcher(w).replaceAll(" ");
    }
}
