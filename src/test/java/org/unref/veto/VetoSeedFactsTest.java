package org.unref.veto;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Checks what is served against the DHL veto list in ../shared/data; skipped where that folder is absent. */
@QuarkusTest
class VetoSeedFactsTest {

    private static final Path DHL_VETOES = Path.of("..", "shared", "data", "dhl", "dhl_veto_list_1946-2022.csv");
    private static final Map<String, String> DHL_NAMES = Map.of("USSR", "SU", "Russian Federation", "RU", "USA", "US",
            "UK", "GB", "France", "FR", "China", "CN");

    @Test
    void shouldServeEveryDhlVetoRowWithItsDateAndMembers() throws IOException {
        assumeTrue(Files.isReadable(DHL_VETOES), "../shared/data is not here");
        List<String> lines = Files.readAllLines(DHL_VETOES, StandardCharsets.UTF_8);
        List<String> header = csv(lines.get(0));
        // (date as written | first day | last day | members) -> how many rows
        Map<String, Integer> expected = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = csv(line);
            String raw = row.get(header.indexOf("date_raw")).strip();
            String start = row.get(header.indexOf("date_start"));
            String end = row.get(header.indexOf("date_end"));
            TreeSet<String> members = new TreeSet<>();
            for (String name : row.get(header.indexOf("vetoed_by")).split("[;,]")) {
                String code = DHL_NAMES.get(name.strip());
                assertEquals(true, code != null, "unknown DHL member name " + name);
                members.add(code);
            }
            expected.merge(raw + "|" + start + "|" + (start.equals(end) ? "" : end) + "|" + members, 1, Integer::sum);
        }
        Map<String, Integer> served = new TreeMap<>();
        for (Map<String, Object> veto : allVetoes()) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> sources = (List<Map<String, String>>) veto.get("sources");
            if (sources.stream().noneMatch(s -> "dhl-vetoes".equals(s.get("type")))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> members = (List<Map<String, String>>) veto.get("members");
            TreeSet<String> codes = new TreeSet<>();
            members.forEach(m -> codes.add(m.get("code")));
            Object end = veto.get("dateEnd");
            served.merge(veto.get("dateText") + "|" + veto.get("date") + "|" + (end == null ? "" : end) + "|" + codes, 1,
                    Integer::sum);
        }
        assertEquals(213, lines.stream().skip(1).filter(l -> !l.isBlank()).count());
        assertEquals(expected, served);
    }

    static List<Map<String, Object>> allVetoes() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().filter(Contract.VALIDATOR).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/vetoes").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
        } while (cursor != null);
        return all;
    }

    /** One CSV line (RFC 4180 quoting; the DHL export has no line breaks inside fields). */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
