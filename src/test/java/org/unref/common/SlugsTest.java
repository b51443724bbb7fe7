package org.unref.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.unref.testing.RandomInputs;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S/RES/2118 (2013)|s-res-2118-2013",
            "S/RES/2118(2013)|s-res-2118-2013",
            "A/RES/377(V)|a-res-377-v",
            "A/RES/ES-11/1|a-res-es-11-1",
            "A/RES/76/262|a-res-76-262",
            "S/2019/961|s-2019-961",
            "S/PV.8697|s-pv-8697",
            "S/3713/Rev.1|s-3713-rev-1",
            "'  (S/PV.49)  '|s-pv-49",
    })
    void shouldSlugOfficialSymbols(String symbol, String slug) {
        assertEquals(slug, Slugs.of(symbol));
    }

    static Stream<String> anyText() {
        return RandomInputs.strings(20261129L, 2000, 40);
    }

    @ParameterizedTest
    @MethodSource("anyText")
    void slugsAreLowerAlnumRunsJoinedBySingleDashesAndIdempotent(String symbol) {
        String slug = Slugs.of(symbol);
        assertTrue(slug.matches("([a-z0-9]+(-[a-z0-9]+)*)?"), () -> "bad slug '" + slug + "' for '" + symbol + "'");
        assertEquals(slug, Slugs.of(slug));
    }
}
