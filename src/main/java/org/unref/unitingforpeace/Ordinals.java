package org.unref.unitingforpeace;

import java.util.List;

/** Session titles as the UN writes them: "Eleventh emergency special session". */
final class Ordinals {

    private static final List<String> WORDS = List.of("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
            "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth");

    private Ordinals() {
    }

    static String sessionTitle(int number) {
        return number >= 1 && number <= WORDS.size() ? WORDS.get(number - 1) + " emergency special session"
                : "Emergency special session " + number;
    }
}
