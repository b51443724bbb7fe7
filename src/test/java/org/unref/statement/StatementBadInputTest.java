package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unref.citation.CitationRepository;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each bad request gets a clear 4xx problem+json, and the database is as it was before it. */
@QuarkusTest
class StatementBadInputTest {

    @Inject
    StatementRepository statements;

    @Inject
    CitationRepository citations;

    private long statementsBefore;
    private long citationsBefore;

    @BeforeEach
    void countRows() {
        statementsBefore = statements.count();
        citationsBefore = citations.count();
    }

    private ValidatableResponse post(Object body, String contentType) {
        return given().filter(Contract.RESPONSES).header("Authorization", Statements.EDITOR).contentType(contentType).body(body)
                .when().post("/api/v1/statements")
                .then().contentType("application/problem+json");
    }

    private void assertUnchanged() {
        assertEquals(statementsBefore, statements.count(), "statements stored");
        assertEquals(citationsBefore, citations.count(), "citations stored");
    }

    @Test
    void shouldRefuseEmptyText() {
        Map<String, Object> body = Statements.statement("   ");
        post(body, "application/json").statusCode(400).body("errors.name", hasItem("text"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseTextOverOneMegabyteWith413() {
        Map<String, Object> body = Statements.statement("resolution 2254 (2015) ".repeat(50_000));
        post(body, "application/json").statusCode(413).body("status", equalTo(413));
        assertUnchanged();
    }

    @Test
    void shouldRefuseAHugeBodyWith413Problem() {
        Map<String, Object> body = Statements.statement("a".repeat(3 * 1024 * 1024));
        post(body, "application/json").statusCode(413);
        assertUnchanged();
    }

    @Test
    void shouldRefuseInvalidUtf8() {
        byte[] bad = "{\"title\": \"caf\u00e9\", \"date\": \"2024-01-01\", \"kind\": \"speech\", \"text\": \"x\"}"
                .getBytes(StandardCharsets.ISO_8859_1);
        post(bad, "application/json").statusCode(400);
        assertUnchanged();
    }

    @Test
    void shouldRefuseBinaryText() {
        Map<String, Object> body = Statements.statement("PK\u0003\u0004\u0000\u0000binary");
        post(body, "application/json").statusCode(400).body("errors.name", hasItem("text"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseAnotherContentTypeWith415() {
        post("title=x", "application/x-www-form-urlencoded").statusCode(415);
        assertUnchanged();
    }

    @Test
    void shouldRefuseUnknownFieldsNamingThem() {
        Map<String, Object> body = Statements.statement("text");
        body.put("author", "x");
        post(body, "application/json").statusCode(400).body("errors.name", hasItem("author"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseMalformedJson() {
        post("{\"title\": ", "application/json").statusCode(400);
        assertUnchanged();
    }

    /** A valid statement with something after it was stored, the rest of the body ignored. */
    @Test
    void shouldRefuseAnythingAfterTheStatement() throws Exception {
        String statement = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Statements.statement("No citation."));
        post(statement + " xyz", "application/json").statusCode(400).body("errors.name", hasItem("body"));
        post(statement + statement, "application/json").statusCode(400).body("errors.name", hasItem("body"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseMissingRequiredFieldsNamingEach() {
        post("{}", "application/json").statusCode(400)
                .body("errors.name", hasItem("title")).body("errors.name", hasItem("date"))
                .body("errors.name", hasItem("kind")).body("errors.name", hasItem("text"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseBadFieldValues() {
        Map<String, Object> body = Statements.statement("text");
        body.put("kind", "tweet");
        body.put("date", "2999-01-01");
        body.put("language", "english language");
        body.put("sourceUrl", "ftp://x");
        post(body, "application/json").statusCode(400)
                .body("errors.name", hasItem("kind")).body("errors.name", hasItem("date"))
                .body("errors.name", hasItem("language")).body("errors.name", hasItem("sourceUrl"));
        Map<String, Object> badDate = Statements.statement("text");
        badDate.put("date", "20 February 2024");
        post(badDate, "application/json").statusCode(400).body("errors.name", hasItem("date"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseADuplicateSourceUrlWith409() {
        Map<String, Object> body = Statements.statement("First, citing resolution 2254 (2015).");
        Statements.create(body);
        countRows();
        body.put("title", "Same URL again");
        post(body, "application/json").statusCode(409).body("errors.name", hasItem("sourceUrl"));
        assertUnchanged();
    }

    @Test
    void shouldRefuseADuplicateSourceUrlOnReplaceWith409() {
        Map<String, Object> first = Statements.statement("First.");
        Statements.create(first);
        Map<String, Object> second = Statements.statement("Second.");
        String secondId = Statements.create(second);
        second.put("sourceUrl", first.get("sourceUrl"));
        given().filter(Contract.RESPONSES).header("Authorization", Statements.EDITOR).contentType(ContentType.JSON).body(second)
                .when().put("/api/v1/statements/" + secondId)
                .then().statusCode(409).contentType("application/problem+json");
    }
}
