package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Writes that race on one statement: each gets a clear answer and none a 500 (the fuzzer found two deletes of one
 * statement at once ending in a 500 when the second found the row gone at commit).
 */
@QuarkusTest
class ConcurrentStatementWritesTest {

    private static final String TEXT = "The Council recalled resolution 2254 (2015) and Article 27 of the Charter.";

    @Test
    void shouldDeleteOnceAndAnswer404ToTheOtherDeletesOfTheSameStatement() throws Exception {
        String id = create();
        List<Response> answers = race(8, () -> given().header("Authorization", Statements.EDITOR)
                .when().delete("/api/v1/statements/" + id));
        long deleted = answers.stream().filter(r -> r.statusCode() == 204).count();
        assertEquals(1, deleted, "exactly one delete succeeds");
        for (Response r : answers) {
            assertTrue(r.statusCode() == 204 || r.statusCode() == 404, "204 or 404, not " + r.statusCode() + ": " + r.asString());
            if (r.statusCode() == 404) {
                assertEquals("application/problem+json", r.contentType());
            }
        }
        given().when().get("/api/v1/statements/" + id).then().statusCode(404);
    }

    @Test
    void shouldAnswerEveryReplaceAndDeleteRacingOnOneStatementWithoutAServerError() throws Exception {
        String id = create();
        Map<String, Object> replacement = Statements.statement(TEXT + " It also recalled Article 24.");
        List<Response> answers = race(8, new java.util.concurrent.Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public Response call() {
                var request = given().header("Authorization", Statements.EDITOR);
                return turn.getAndIncrement() % 2 == 0
                        ? request.contentType(ContentType.JSON).body(replacement).when().put("/api/v1/statements/" + id)
                        : request.when().delete("/api/v1/statements/" + id);
            }
        });
        for (Response r : answers) {
            assertTrue(List.of(200, 204, 404).contains(r.statusCode()), "200, 204 or 404, not " + r.statusCode() + ": " + r.asString());
        }
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 204).count(), "exactly one delete succeeds");
        given().when().get("/api/v1/statements/" + id).then().statusCode(404);
    }

    private static String create() {
        return given().header("Authorization", Statements.EDITOR).contentType(ContentType.JSON)
                .body(Statements.statement(TEXT)).when().post("/api/v1/statements")
                .then().statusCode(201).extract().path("id");
    }

    private static List<Response> race(int threads, java.util.concurrent.Callable<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
