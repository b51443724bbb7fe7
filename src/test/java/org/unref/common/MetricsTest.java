package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Prometheus can compute each endpoint's latency percentiles from /q/metrics. */
@QuarkusTest
class MetricsTest {

    @Test
    void shouldExposeALatencyHistogramPerEndpointTemplate() {
        given().when().get("/api/v1/resolutions/s-res-2254-2015").then().statusCode(200);
        // Refused before any resource method is chosen: no template, so the raw path must not become a tag.
        given().when().delete("/api/v1/resolutions/s-res-1-1946").then().statusCode(405);

        // The text format Prometheus asks for.
        given().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                // One series per endpoint template, not per id; several buckets up to +Inf.
                .body(matchesRegex("(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/resolutions/\\{id}\"[^}]*le=\"0\\.0[0-9]*\"[^}]*}.*"))
                .body(matchesRegex("(?s).*http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/resolutions/\\{id}\"[^}]*le=\"\\+Inf\"[^}]*}.*"))
                .body(matchesRegex("(?s)(?!.*uri=\"/api/v1/resolutions/s-res-).*"))
                .body(matchesRegex("(?s).*http_server_requests_seconds_count\\{[^}]*status=\"405\"[^}]*uri=\"UNMATCHED\".*"));
    }
}
