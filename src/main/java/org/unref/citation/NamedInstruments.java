package org.unref.citation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions cited by name rather than number: "Uniting for Peace" is General Assembly resolution 377 (V), the
 * "veto initiative" is resolution 76/262.
 */
final class NamedInstruments implements CitationFinder {

    private static final Reference UNITING_FOR_PEACE = Reference.resolution("GA", "377 (V)", "A", null,
            "A/RES/377(V)");
    private static final Reference VETO_INITIATIVE = Reference.resolution("GA", "76/262", null, null, "A/RES/76/262");

    private static final String OPEN_QUOTE = "[\"\u201c\u2018']?";
    private static final String CLOSE_QUOTE = "[\"\u201d\u2019']?";

    /**
     * The noun after the name belongs to the citation, unless a number follows ("Uniting for Peace resolution 377
     * (V)"), which the resolution patterns then cite by number.
     */
    private static final Pattern UNITING_FOR_PEACE_NAME = Pattern.compile("(?<![\\p{L}])" + OPEN_QUOTE
            + "(?i:uniting[\\s\\u00A0\\u202F]+for[\\s\\u00A0\\u202F]+peace)" + CLOSE_QUOTE
            + "(?:[\\s\\u00A0\\u202F]+(?:resolution(?![\\s\\u00A0\\u202F]*\\d)|principle|mechanism|procedure|formula))?(?![\\p{L}])");

    private static final Pattern VETO_INITIATIVE_NAME = Pattern.compile(
            "(?<![\\p{L}])" + OPEN_QUOTE + "(?i:veto[\\s\\u00A0\\u202F]+initiative)" + CLOSE_QUOTE + "(?![\\p{L}])");

    private static final Triggers.Words UNITING = new Triggers.Words("Uniting", "uniting", "UNITING");
    private static final Triggers.Words VETO = new Triggers.Words("veto", "Veto", "VETO");

    @Override
    public List<Triggers.Words> words() {
        return List.of(UNITING, VETO);
    }

    @Override
    public void find(String text, Triggers triggers, List<Citation> out) {
        add(text, triggers, UNITING, UNITING_FOR_PEACE_NAME, UNITING_FOR_PEACE, out);
        add(text, triggers, VETO, VETO_INITIATIVE_NAME, VETO_INITIATIVE, out);
    }

    private static void add(String text, Triggers triggers, Triggers.Words words, Pattern pattern, Reference reference,
            List<Citation> out) {
        Matcher matcher = pattern.matcher(text);
        triggers.forEach(words, position -> {
            // Start one character early first, to take in an opening quote.
            for (int start = Math.max(0, position - 1); start <= position; start++) {
                if (Triggers.matchesAt(matcher, text, start)) {
                    out.add(Citation.of(text, matcher.start(), matcher.end(), CitationKind.NAMED_INSTRUMENT,
                            reference, null));
                    return;
                }
            }
        });
    }
}
