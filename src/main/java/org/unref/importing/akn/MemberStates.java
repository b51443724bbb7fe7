package org.unref.importing.akn;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Member-state names as the AKN voter lists write them, to ISO 3166-1 alpha-2 codes (ported from
 * tools/seed/build_resolutions.py so the seed and the importer agree). Dissolved states keep ISO 3166-3 style
 * codes: the USSR is SU, Yugoslavia YU, Czechoslovakia CS. A name not here fails the file, never a guess.
 */
public final class MemberStates {

    public static final java.util.Set<String> PERMANENT = java.util.Set.of("CN", "FR", "GB", "RU", "US", "SU");

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("ALBANIA", "AL"), Map.entry("ANGOLA", "AO"), Map.entry("ARGENTINA", "AR"),
            Map.entry("AUSTRALIA", "AU"), Map.entry("BELGIUM", "BE"), Map.entry("BRAZIL", "BR"),
            Map.entry("BYELORUSSIAN SSR", "BY"), Map.entry("CHINA", "CN"), Map.entry("CUBA", "CU"),
            Map.entry("CZECHOSLOVAKIA", "CS"), Map.entry("DOMINICAN REPUBLIC", "DO"), Map.entry("ECUADOR", "EC"),
            Map.entry("EGYPT", "EG"), Map.entry("ESTONIA", "EE"), Map.entry("FRANCE", "FR"), Map.entry("GABON", "GA"),
            Map.entry("GERMANY", "DE"), Map.entry("GHANA", "GH"), Map.entry("INDIA", "IN"), Map.entry("INDONESIA", "ID"),
            Map.entry("IRELAND", "IE"), Map.entry("JAPAN", "JP"), Map.entry("KENYA", "KE"), Map.entry("MALTA", "MT"),
            Map.entry("MEXICO", "MX"), Map.entry("MOZAMBIQUE", "MZ"), Map.entry("NIGER", "NE"), Map.entry("NORWAY", "NO"),
            Map.entry("POLAND", "PL"), Map.entry("RUSSIAN FEDERATION", "RU"),
            Map.entry("SAINT VINCENT AND THE GRENADINES", "VC"), Map.entry("SOUTH AFRICA", "ZA"),
            Map.entry("SWITZERLAND", "CH"), Map.entry("TUNISIA", "TN"), Map.entry("UKRAINIAN SSR", "UA"),
            Map.entry("UNITED ARAB EMIRATES", "AE"), Map.entry("UNITED KINGDOM", "GB"), Map.entry("UNITED STATES", "US"),
            Map.entry("USSR", "SU"), Map.entry("VENEZUELA", "VE"), Map.entry("VIET NAM", "VN"), Map.entry("YEMEN", "YE"),
            Map.entry("YUGOSLAVIA", "YU"));

    private MemberStates() {
    }

    /** The ISO code of a member-state name, spacing and case aside; empty when the name is not known. */
    public static Optional<String> code(String name) {
        return Optional.ofNullable(CODES.get(String.join(" ", name.trim().split("\\s+")).toUpperCase(Locale.ROOT)));
    }
}
