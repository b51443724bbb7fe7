package org.unref.export;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ListCsvTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    static List<Map<String, String>> parse(String csv) {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new AssertionError("not CSV: " + e.getMessage(), e);
        }
    }

    static String header(String csv) {
        return csv.substring(0, csv.indexOf('\n'));
    }

    private static Response csv(String path) {
        return given().filter(Contract.VALIDATOR).accept("text/csv").when().get(path);
    }

    /** A CSV cell as the JSON gives the value: empty is null. */
    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    @Test
    void shouldGiveRussiasVetoesAsCsvWithTheJsonListsRecordsFieldByField() {
        String body = csv("/api/v1/vetoes?member=RU&limit=200").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<Map<String, String>> rows = parse(body);
        List<Map<String, Object>> items = given().filter(Contract.VALIDATOR).when().get("/api/v1/vetoes?member=RU&limit=200")
                .then().statusCode(200).extract().path("items");
        assertTrue(items.size() > 30, "Russia and the USSR... RU alone has dozens: " + items.size());
        assertEquals(items.size(), rows.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            Map<String, String> row = rows.get(i);
            String where = "row " + i + " (" + item.get("id") + ")";
            for (String field : List.of("id", "draftSymbol", "meetingRecord", "date", "dateEnd", "dateText", "agendaItem", "crisis",
                    "region")) {
                assertEquals(item.get(field), cell(row, field), where + " " + field);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> members = (List<Map<String, String>>) item.get("members");
            assertEquals(members.stream().map(m -> m.get("code")).sorted().collect(Collectors.joining("; ")), cell(row, "members"),
                    where + " members");
            @SuppressWarnings("unchecked")
            Map<String, Object> vote = (Map<String, Object>) item.get("vote");
            assertEquals(vote == null ? null : vote.get("method"), cell(row, "voteMethod"), where + " voteMethod");
            for (String count : List.of("yes", "no", "abstain")) {
                Object expected = vote == null || vote.get(count) == null ? null : String.valueOf(vote.get(count));
                assertEquals(expected, cell(row, count), where + " " + count);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, String>> sources = (List<Map<String, String>>) item.get("sources");
            assertEquals(sources.stream().map(s -> s.get("url")).filter(u -> u != null).collect(Collectors.joining(" ")),
                    cell(row, "sources"), where + " sources");
            @SuppressWarnings("unchecked")
            List<String> notes = (List<String>) item.get("notes");
            assertEquals(notes.isEmpty() ? null : String.join(" | ", notes), cell(row, "notes"), where + " notes");
        }
    }

    @Test
    void shouldGiveTheRowsAndColumnsOfTheExport() {
        String list = csv("/api/v1/vetoes?member=RU&limit=200").then().statusCode(200).extract().asString();
        String export = given().when().get("/api/v1/export/vetoes").then().statusCode(200).extract().asString();
        assertEquals(header(export), header(list));
        Map<String, Map<String, String>> exported = parse(export).stream()
                .collect(Collectors.toMap(r -> r.get("id"), r -> r, (a, b) -> a, LinkedHashMap::new));
        for (Map<String, String> row : parse(list)) {
            assertEquals(exported.get(row.get("id")), row, row.get("id"));
        }
        String resolutions = csv("/api/v1/resolutions?year=2023&limit=5").then().statusCode(200).extract().asString();
        String resolutionExport = given().when().get("/api/v1/export/resolutions?updatedSince=2000-01-01").then().statusCode(200)
                .extract().asString();
        assertEquals(header(resolutionExport), header(resolutions));
        assertTrue(header(resolutions).contains(",aknIri,"), header(resolutions));
        assertEquals(header(given().when().get("/api/v1/export/emergency-special-sessions").asString()),
                header(csv("/api/v1/emergency-special-sessions").asString()));
    }

    @Test
    void shouldPutTheNextPageInTheLinkHeaderAndFollowIt() {
        List<String> viaCsv = new ArrayList<>();
        String path = "/api/v1/vetoes?member=RU&limit=7";
        int pages = 0;
        while (path != null) {
            Response page = csv(path);
            page.then().statusCode(200);
            parse(page.asString()).forEach(r -> viaCsv.add(r.get("id")));
            String link = page.header("Link");
            Matcher m = link == null ? null : NEXT.matcher(link);
            path = m != null && m.find() ? m.group(1) : null;
            assertTrue(++pages < 50, "the walk does not end");
        }
        List<String> viaJson = given().when().get("/api/v1/vetoes?member=RU&limit=200").then().extract().path("items.id");
        assertTrue(pages > 1, "pages: " + pages);
        assertEquals(viaJson, viaCsv);
    }

    @Test
    void shouldQuoteCommasQuotesAndNewlinesAsRfc4180() {
        String word = "csvquoting" + UUID.randomUUID().toString().replace("-", "");
        String title = "He said \"no\", twice, about " + word;
        String text = "First line, with a comma and \"quotes\".\nSecond line " + word + ".\r\nThird line.";
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("title", title);
        statement.put("authorOrganization", "Test Organization, Inc.");
        statement.put("date", "2024-02-20");
        statement.put("kind", "press-release");
        statement.put("language", "en");
        statement.put("text", text);
        String id = given().header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON).body(statement)
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("id");
        try {
            String body = csv("/api/v1/statements?q=" + word).then().statusCode(200).header("Vary", containsString("Accept"))
                    .extract().asString();
            assertTrue(body.contains("\"He said \"\"no\"\", twice, about " + word + "\""), body);
            List<Map<String, String>> rows = parse(body);
            assertEquals(1, rows.size(), body);
            assertEquals(title, rows.get(0).get("title"));
            assertEquals(text, rows.get(0).get("text"));
            assertEquals("Test Organization, Inc.", rows.get(0).get("authorOrganization"));
            assertEquals(id, rows.get(0).get("id"));
        } finally {
            given().header("Authorization", "Bearer dev-editor-key").when().delete("/api/v1/statements/" + id)
                    .then().statusCode(204);
        }
    }

    @Test
    void shouldGiveAHeaderLineForAnEmptyPage() {
        String body = csv("/api/v1/vetoes?member=RU&year=1946").then().statusCode(200).extract().asString();
        assertEquals(header(given().when().get("/api/v1/export/vetoes").asString()) + "\n", body);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/vetoes", "/api/v1/resolutions", "/api/v1/statements", "/api/v1/emergency-special-sessions",
            "/api/v1/resolutions/s-res-2254-2015/cited-by", "/api/v1/changes" })
    void shouldRefuseATypeNoListOffersWith406(String path) {
        given().filter(Contract.RESPONSES).accept("application/xml").when().get(path)
                .then().statusCode(406).contentType(startsWith("application/problem+json")).body("status", equalTo(406));
        given().filter(Contract.RESPONSES).accept("application/ld+json").when().get(path)
                .then().statusCode(406).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldGiveCitedByAndChangesAsCsvRowForItem() {
        List<Object> ids = given().when().get("/api/v1/resolutions/s-res-2254-2015/cited-by?limit=50").then().statusCode(200)
                .extract().path("items.citationId");
        String body = csv("/api/v1/resolutions/s-res-2254-2015/cited-by?limit=50").then().statusCode(200).extract().asString();
        assertEquals("citationId,sourceType,sourceId,sourceLabel,sourceDate,sourceLink,text,snippet,pinpoint,paragraph,targetType,"
                + "targetId,targetLabel,targetLink", header(body));
        assertEquals(ids.stream().map(String::valueOf).toList(), parse(body).stream().map(r -> r.get("citationId")).toList());
        assertTrue(!ids.isEmpty(), "2254 is cited by later resolutions");
        List<Object> sequences = given().when().get("/api/v1/changes?limit=5").then().extract().path("items.sequence");
        List<Map<String, String>> changes = parse(csv("/api/v1/changes?limit=5").then().statusCode(200).extract().asString());
        assertEquals(sequences.stream().map(String::valueOf).toList(), changes.stream().map(r -> r.get("sequence")).toList());
        List<Object> sessions = given().when().get("/api/v1/emergency-special-sessions").then().extract().path("items.number");
        assertEquals(sessions.stream().map(String::valueOf).toList(),
                parse(csv("/api/v1/emergency-special-sessions").asString()).stream().map(r -> r.get("number")).toList());
    }

    @Test
    void shouldPreferTheTypeWithTheHigherQualityAndKeepJsonTheDefault() {
        given().accept("application/json;q=0.5, text/csv;q=0.9").when().get("/api/v1/vetoes?limit=2").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        given().accept("*/*").when().get("/api/v1/vetoes?limit=2").then().statusCode(200).contentType(startsWith("application/json"));
        // Found by the contract fuzzer: application/* with two types offered answered application/octet-stream.
        for (String list : List.of("/api/v1/vetoes?limit=2", "/api/v1/changes?limit=2", "/api/v1/emergency-special-sessions",
                "/api/v1/statements", "/api/v1/resolutions/s-res-2254-2015/cited-by")) {
            given().filter(Contract.VALIDATOR).accept("application/*").when().get(list).then().statusCode(200)
                    .contentType(startsWith("application/json")).body("items", org.hamcrest.Matchers.notNullValue());
        }
        given().accept("text/csv;q=0, application/json").when().get("/api/v1/vetoes?limit=2").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void shouldTagCsvAndJsonApartAndAnswer304PerType() {
        Response csv = given().accept("text/csv").when().get("/api/v1/vetoes?member=RU&limit=3");
        Response json = given().when().get("/api/v1/vetoes?member=RU&limit=3");
        String csvTag = csv.header("ETag");
        assertNotNull(csvTag);
        assertNotEquals(json.header("ETag"), csvTag);
        csv.then().header("Vary", equalTo("Accept")).header("Link", containsString("cursor="));
        given().accept("text/csv").header("If-None-Match", csvTag).when().get("/api/v1/vetoes?member=RU&limit=3").then()
                .statusCode(304);
        // From the cache now: still CSV for CSV and JSON for JSON.
        given().accept("text/csv").when().get("/api/v1/vetoes?member=RU&limit=3").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("ETag", equalTo(csvTag)).header("Link", containsString("cursor="));
        given().when().get("/api/v1/vetoes?member=RU&limit=3").then().statusCode(200).contentType(startsWith("application/json"));
        assertNull(given().accept("text/csv").when().get("/api/v1/vetoes?member=RU&limit=3").header("Content-Disposition"));
    }
}
