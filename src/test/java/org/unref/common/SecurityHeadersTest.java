package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Browsers get the protective headers everywhere; the strict CSP only where no page needs scripts. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void shouldSendAllSecurityHeadersOnApiAnswers() {
        ValidatableResponse response = given().when().get("/api/v1/resolutions/s-res-2254-2015").then()
                .statusCode(200);
        common(response).header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void shouldSendThemOnProblemResponsesToo() {
        ValidatableResponse response = given().when().get("/api/v1/resolutions/s-res-99999-1900").then()
                .statusCode(404);
        common(response).header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"));
    }

    @Test
    void shouldLetTheLandingPageAndSwaggerUiRunTheirScripts() {
        common(given().when().get("/").then().statusCode(200)).header("Content-Security-Policy", nullValue());
        common(given().when().get("/q/swagger-ui/").then().statusCode(200))
                .header("Content-Security-Policy", nullValue());
    }

    private static ValidatableResponse common(ValidatableResponse response) {
        return response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
