package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key on POST /api/v1/statements: replay, reuse with another body, concurrency, deletion, bad keys. */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String TEXT = "The delegation recalled resolution 2254 (2015) and Article 27, paragraph 3, of the Charter.";

    @Inject
    StatementRepository statements;

    @Inject
    IdempotencyKeyRepository keys;

    private static Response post(String authorization, String key, Object body) {
        var request = given().filter(Contract.VALIDATOR).header("Authorization", authorization).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/statements");
    }

    private static long countTitled(StatementRepository statements, Object title) {
        return statements.count("title", title);
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameKeyAndBody() {
        Map<String, Object> body = Statements.statement(TEXT);
        String key = UUID.randomUUID().toString();
        Response first = post(Statements.EDITOR, key, body);
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"), "the first answer is no replay");

        // The draft's quoted form is the same key; a body spaced and ordered differently is the same request.
        Map<String, Object> reordered = new HashMap<>(body);
        Response again = post(Statements.EDITOR, "\"" + key + "\"", reordered);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("text", equalTo(TEXT)).body("title", equalTo(body.get("title")));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.jsonPath().getInt("citationCount"), again.jsonPath().getInt("citationCount"));
        assertEquals(1, countTitled(statements, body.get("title")));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBodyWith422AndStoreNothing() {
        Map<String, Object> body = Statements.statement(TEXT);
        String key = UUID.randomUUID().toString();
        post(Statements.EDITOR, key, body).then().statusCode(201);

        Map<String, Object> changed = new HashMap<>(body);
        changed.put("text", TEXT + " It also recalled Article 24.");
        long before = statements.count();
        post(Statements.EDITOR, key, changed).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422)).body("type", equalTo("/problems/idempotency-key-reused"))
                .body("errors[0].name", equalTo("Idempotency-Key"));
        assertEquals(before, statements.count());
    }

    @Test
    void shouldCreateExactlyOneStatementWhenManyRequestsShareAKeyAtOnce() throws Exception {
        Map<String, Object> body = Statements.statement(TEXT);
        String key = UUID.randomUUID().toString();
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().header("Authorization", Statements.EDITOR).header("Idempotency-Key", key)
                            .contentType(ContentType.JSON).body(body).when().post("/api/v1/statements");
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            int created = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get(60, TimeUnit.SECONDS);
                assertTrue(r.statusCode() == 201 || r.statusCode() == 409, "201 or 409, not " + r.statusCode() + ": " + r.asString());
                if (r.statusCode() == 201) {
                    ids.add(r.path("id"));
                    created += r.header("Idempotent-Replayed") == null ? 1 : 0;
                } else {
                    assertEquals("/problems/idempotency-key-in-use", r.path("type"));
                    assertEquals("application/problem+json", r.contentType());
                }
            }
            assertEquals(1, created, "exactly one answer created the statement");
            assertEquals(1, ids.size(), "every 201 names the same statement");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, countTitled(statements, body.get("title")));
        // Once the first has been answered, every retry is a replay.
        post(Statements.EDITOR, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void shouldKeepKeysPerApiKey() {
        Map<String, Object> body = Statements.statement(TEXT);
        body.remove("sourceUrl");
        String key = UUID.randomUUID().toString();
        String editors = post(Statements.EDITOR, key, body).then().statusCode(201).extract().path("id");
        String admins = post(Statements.ADMIN, key, body).then().statusCode(201).extract().path("id");
        assertTrue(!editors.equals(admins), "another client's key of the same spelling is another key");
        assertEquals(2, countTitled(statements, body.get("title")));
    }

    @Test
    void shouldAnswer410WhenTheKeysStatementWasDeletedAndNotCreateItAgain() {
        Map<String, Object> body = Statements.statement(TEXT);
        String key = UUID.randomUUID().toString();
        String id = post(Statements.EDITOR, key, body).then().statusCode(201).extract().path("id");
        given().header("Authorization", Statements.EDITOR).when().delete("/api/v1/statements/" + id).then().statusCode(204);

        post(Statements.EDITOR, key, body).then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-statement-deleted"))
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/statements/" + id));
        assertEquals(0, countTitled(statements, body.get("title")));
        // A new key stores it again.
        post(Statements.EDITOR, UUID.randomUUID().toString(), body).then().statusCode(201);
    }

    @Test
    void shouldNotSpendTheKeyOfARequestThatFailed() {
        Map<String, Object> first = Statements.statement(TEXT);
        Statements.create(first);
        Map<String, Object> sameUrl = Statements.statement(TEXT);
        sameUrl.put("sourceUrl", first.get("sourceUrl"));
        String key = UUID.randomUUID().toString();
        post(Statements.EDITOR, key, sameUrl).then().statusCode(409).body("type", equalTo("/problems/duplicate-source-url"));
        assertTrue(keys.findByClientAndKey("dev-editor", key).isEmpty(), "the refused request left no key behind");

        Map<String, Object> fixed = Statements.statement(TEXT);
        post(Statements.EDITOR, key, fixed).then().statusCode(201);
        assertEquals(1, countTitled(statements, fixed.get("title")));
    }

    @Test
    void shouldAnswer400ForAMalformedKey() {
        for (String bad : List.of("", "with space", "a\\b", "\"unbalanced", "x".repeat(256), "tab\there")) {
            long before = statements.count();
            given().filter(Contract.RESPONSES).header("Authorization", Statements.EDITOR).header("Idempotency-Key", bad)
                    .contentType(ContentType.JSON).body(Statements.statement(TEXT))
                    .when().post("/api/v1/statements")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].name", equalTo("Idempotency-Key"), "detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
            assertEquals(before, statements.count(), "nothing stored for key " + bad);
        }
    }
}
