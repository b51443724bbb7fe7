package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(RateLimitedApiTest.FiveRequestsAMinute.class)
class RateLimitedApiTest {

    public static class FiveRequestsAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unref.rate-limit.requests", "5", "unref.rate-limit.window", "1h");
        }
    }

    @Test
    void shouldAnswer429ProblemWithRetryAfterPastTheBudget() {
        for (int i = 5; i >= 1; i--) {
            given().filter(Contract.VALIDATOR)
                    .when().get("/api/v1/charter/articles/27")
                    .then().statusCode(200)
                    .header("RateLimit-Limit", equalTo("5"))
                    .header("RateLimit-Remaining", equalTo(String.valueOf(i - 1)))
                    .header("RateLimit-Reset", notNullValue());
        }
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/27")
                .then().statusCode(429)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"));
    }
}
