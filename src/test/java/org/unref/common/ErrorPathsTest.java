package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every error path answers RFC 9457 problem+json and says nothing of internals. */
@QuarkusTest
class ErrorPathsTest {

    @Test
    void shouldAnswer404ProblemForUnknownRouteUnderApi() {
        given().when().get("/api/v1/no-such-collection")
                .then().statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownRouteOutsideApi() {
        given().when().get("/no/such/page")
                .then().statusCode(404)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(404));
    }

    @Test
    void shouldAnswer405ProblemWithAllowForWrongMethod() {
        given().when().delete("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(405)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .header("Allow", containsString("GET"))
                .body("status", equalTo(405))
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void shouldAnswer406ProblemForUnsupportedAccept() {
        given().accept("image/png")
                .when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(406)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body("status", equalTo(406))
                .body("title", equalTo("Not Acceptable"));
    }

    @Test
    void shouldNotLeakInternalsInProblems() {
        given().queryParam("limit", "abc")
                .when().get("/api/v1/resolutions")
                .then().statusCode(400)
                .contentType(ProblemDetail.MEDIA_TYPE)
                .body(not(containsString("Exception")))
                .body(not(containsString("org.unref")));
    }
}
