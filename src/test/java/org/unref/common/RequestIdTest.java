package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every response carries an X-Request-Id: the client's own when well formed, else one the server made. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldEchoAWellFormedRequestId() {
        given().header("X-Request-Id", "newsroom-42.retry_1")
                .when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("newsroom-42.retry_1"));
    }

    @Test
    void shouldMakeAnIdWhenTheClientSendsNone() {
        String first = given().when().get("/api/v1/charter").then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        given().when().get("/api/v1/charter").then().header("X-Request-Id", not(equalTo(first)));
    }

    @Test
    void shouldMakeVersion4UuidsThatDoNotRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestIdFilter.idFor(null);
            java.util.UUID uuid = java.util.UUID.fromString(id);
            org.junit.jupiter.api.Assertions.assertEquals(4, uuid.version(), id);
            org.junit.jupiter.api.Assertions.assertEquals(2, uuid.variant(), id);
            org.junit.jupiter.api.Assertions.assertTrue(seen.add(id), "repeated " + id);
        }
    }

    @Test
    void shouldReplaceAMalformedOrOverlongId() {
        given().header("X-Request-Id", "x\"; DROP TABLE")
                .when().get("/api/v1/charter")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().header("X-Request-Id", "a".repeat(65))
                .when().get("/api/v1/charter")
                .then().header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void shouldPutTheIdInTheLoggingContextOfTheResourceThread() {
        given().header("X-Request-Id", "log-me-7")
                .when().get("/test-only/request-id")
                .then().statusCode(200)
                .body(equalTo("log-me-7"));
        String made = given().when().get("/test-only/request-id").then().statusCode(200)
                .extract().header("X-Request-Id");
        given().when().get("/test-only/request-id").then().body(not(equalTo(made)));
    }

    @Test
    void shouldReturnTheIdOnProblemsAndOutsideTheApi() {
        given().header("X-Request-Id", "trace-404")
                .when().get("/api/v1/resolutions/s-res-99999-1900")
                .then().statusCode(404).contentType("application/problem+json")
                .header("X-Request-Id", equalTo("trace-404"));
        given().header("X-Request-Id", "trace-health")
                .when().get("/q/health/live")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("trace-health"));
    }
}
