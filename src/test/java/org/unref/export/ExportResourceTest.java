package org.unref.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExportResourceTest {

    @Test
    void shouldExportEveryResolutionAsCsvThatACsvReaderReadsBack() throws IOException {
        String body = given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/export/resolutions")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("unref-resolutions.csv"))
                .extract().asString();
        List<Map<String, String>> rows = csv(body);
        assertEquals(2738, rows.size());
        Map<String, String> r2254 = rows.stream().filter(r -> r.get("id").equals("s-res-2254-2015")).findFirst().orElseThrow();
        assertEquals("S/RES/2254 (2015)", r2254.get("symbol"));
        assertEquals("2015-12-18", r2254.get("adoptionDate"));
        assertEquals("15", r2254.get("yes"));
        // RFC 4180 quoting survives commas and quotes in the agenda items.
        assertTrue(rows.stream().anyMatch(r -> r.get("topic") != null && r.get("topic").contains(",")));
    }

    @Test
    void shouldExportVetoesAsJsonLines() throws IOException {
        String body = given().queryParam("format", "jsonl")
                .when().get("/api/v1/export/vetoes")
                .then().statusCode(200)
                .contentType(containsString("application/jsonl"))
                .extract().asString();
        List<String> lines = body.lines().toList();
        assertEquals(220, lines.size());
        ObjectMapper json = new ObjectMapper();
        Map<?, ?> first = json.readValue(lines.get(0), Map.class);
        assertTrue(first.containsKey("draftSymbol") && first.containsKey("members"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"s-2019-961\"")));
    }

    @Test
    void shouldExportOnlyWhatChangedSinceUpdatedSince() throws IOException {
        String body = given().queryParam("updatedSince", "2999-01-01")
                .when().get("/api/v1/export/resolutions")
                .then().statusCode(200).extract().asString();
        assertEquals(0, csv(body).size());
        assertTrue(body.startsWith("id,symbol,body,number,year,adoptionDate,"), body);
    }

    @Test
    void shouldRefuseUnknownCollectionBadFormatAndBadDate() {
        given().filter(Contract.RESPONSES).when().get("/api/v1/export/planets")
                .then().statusCode(404).contentType("application/problem+json");
        given().filter(Contract.RESPONSES).queryParam("format", "xlsx").when().get("/api/v1/export/resolutions")
                .then().statusCode(400).body("errors[0].name", equalTo("format"));
        given().filter(Contract.RESPONSES).queryParam("updatedSince", "last week").when().get("/api/v1/export/resolutions")
                .then().statusCode(400).body("errors[0].name", equalTo("updatedSince"));
    }

    private static List<Map<String, String>> csv(String body) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
            return it.readAll();
        }
    }
}
