package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A browser page on another origin can read the API. */
@QuarkusTest
class CorsTest {

    @Test
    void shouldAnswerPreflightFromAnotherOrigin() {
        given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .when().options("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .header("Access-Control-Allow-Methods", containsString("GET"));
    }

    @Test
    void shouldLetAnotherOriginReadTheAnswerAndItsHeaders() {
        given().header("Origin", "https://newsroom.example")
                .when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://newsroom.example"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }
}
