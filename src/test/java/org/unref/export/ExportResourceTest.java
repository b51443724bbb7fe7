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
    void shouldExportTheCharterInReadingOrderAndRefuseUpdatedSinceForIt() throws IOException {
        String body = given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/export/charter")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        List<Map<String, String>> rows = csv(body);
        assertEquals(231, rows.size(), "every text of the Charter, one row each");
        assertEquals("preamble-1", rows.get(0).get("id"));
        Map<String, String> art27_3 = rows.stream().filter(r -> r.get("id").equals("art-27-3")).findFirst().orElseThrow();
        assertEquals("/api/v1/charter/articles/27/paragraphs/3", art27_3.get("path"));
        assertTrue(art27_3.get("text").contains("concurring votes of the permanent members"));
        given().filter(Contract.RESPONSES).queryParam("updatedSince", "2024-01-01")
                .when().get("/api/v1/export/charter")
                .then().statusCode(400).body("errors.name", org.hamcrest.Matchers.hasItem("updatedSince"));
    }

    @Test
    void shouldExportStatementsWithTheirTextAndOnlyTheNewOnesWithUpdatedSince() throws IOException {
        java.time.Instant start = java.time.Instant.now();
        String title = "Export test " + java.util.UUID.randomUUID();
        Map<String, Object> statement = new java.util.LinkedHashMap<>(Map.of("title", title, "authorOrganization", "unref tests",
                "date", "2024-02-20", "kind", "speech", "language", "en",
                "text", "A test statement by the unref team, \"quoted\", recalling resolution 2254 (2015)."));
        given().header("Authorization", "Bearer dev-editor-key").contentType(io.restassured.http.ContentType.JSON).body(statement)
                .when().post("/api/v1/statements").then().statusCode(201);
        String all = given().queryParam("format", "jsonl").when().get("/api/v1/export/statements")
                .then().statusCode(200).extract().asString();
        assertTrue(all.lines().anyMatch(l -> l.contains(title)));
        String recent = given().filter(Contract.VALIDATOR).queryParam("updatedSince", start.toString())
                .when().get("/api/v1/export/statements").then().statusCode(200).extract().asString();
        List<Map<String, String>> rows = csv(recent);
        assertEquals(1, rows.size(), "only the statement stored since the test began");
        assertEquals(title, rows.get(0).get("title"));
        assertEquals(statement.get("text"), rows.get(0).get("text"));
    }

    @Test
    void shouldExportEmergencySessionsAndReferrals() throws IOException {
        List<Map<String, String>> sessions = csv(given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/export/emergency-special-sessions").then().statusCode(200).extract().asString());
        assertEquals(11, sessions.size());
        assertEquals("1", sessions.get(0).get("number"));
        List<Map<String, String>> referrals = csv(given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/export/referrals").then().statusCode(200).extract().asString());
        assertEquals(8, referrals.size());
        assertTrue(referrals.stream().anyMatch(r -> r.get("id").equals("s-res-119-1956")));
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
