package org.unref.veto;

import java.util.Locale;
import java.util.Map;

import org.unref.common.ProblemException;

/**
 * The permanent members by ISO code (the USSR kept as SU), their names, and the spellings a client may use
 * for them in the {@code member} filter.
 */
public final class PermanentMembers {

    static final Map<String, String> NAMES = Map.of("CN", "China", "FR", "France", "GB", "United Kingdom",
            "RU", "Russian Federation", "SU", "USSR", "US", "United States");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("china", "CN"), Map.entry("people's republic of china", "CN"), Map.entry("prc", "CN"),
            Map.entry("france", "FR"),
            Map.entry("uk", "GB"), Map.entry("united kingdom", "GB"), Map.entry("britain", "GB"),
            Map.entry("great britain", "GB"),
            Map.entry("russia", "RU"), Map.entry("russian federation", "RU"),
            Map.entry("ussr", "SU"), Map.entry("soviet union", "SU"), Map.entry("union of soviet socialist republics", "SU"),
            Map.entry("usa", "US"), Map.entry("united states", "US"), Map.entry("united states of america", "US"));

    static final String MESSAGE = "member must be a permanent member: CN, FR, GB, RU, SU (the USSR) or US, "
            + "or a name such as China, France, United Kingdom, UK, Russia, USSR, Soviet Union, United States, USA";

    private PermanentMembers() {
    }

    /** The ISO code of a member given by code or name in any case, or a 400 problem naming {@code parameter}. */
    public static String code(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
        String upper = key.toUpperCase(Locale.ROOT);
        if (NAMES.containsKey(upper)) {
            return upper;
        }
        String code = ALIASES.get(key.startsWith("the ") ? key.substring(4) : key);
        if (code == null) {
            throw ProblemException.invalidParameter(parameter, MESSAGE);
        }
        return code;
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }
}
