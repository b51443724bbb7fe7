package org.unref.statement;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.unref.testing.Contract;

import io.restassured.http.ContentType;

/** Helpers of the statement tests: the documented test keys and a valid statement with a URL of its own. */
final class Statements {

    static final String EDITOR = "Bearer dev-editor-key";
    static final String ADMIN = "Bearer dev-admin-key";

    private Statements() {
    }

    static Map<String, Object> statement(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Test statement " + UUID.randomUUID());
        body.put("authorOrganization", "Test Organization");
        body.put("speaker", "A. Speaker");
        body.put("date", "2024-02-20");
        body.put("kind", "press-release");
        body.put("language", "en");
        body.put("sourceUrl", "https://example.org/statements/" + UUID.randomUUID());
        body.put("text", text);
        return body;
    }

    /** Creates a statement and answers its id. */
    static String create(Map<String, Object> body) {
        return given().filter(Contract.VALIDATOR).header("Authorization", EDITOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/statements")
                .then().statusCode(201)
                .extract().path("id");
    }
}
