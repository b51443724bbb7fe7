package org.unref.meta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoverageResourceTest {

    @Test
    void shouldShowNoGapFromResolution1ToTheEndOf2023() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/meta/coverage")
                .then().statusCode(200)
                .body("securityCouncil.first", equalTo(1))
                .body("securityCouncil.last", greaterThanOrEqualTo(2721))
                .body("securityCouncil.missing", hasSize(0))
                .body("securityCouncil.withText", greaterThanOrEqualTo(216))
                .body("securityCouncil.withMemberVotes", greaterThanOrEqualTo(213))
                .body("collections.securityCouncilResolutions", greaterThanOrEqualTo(2721))
                .body("collections.vetoes", greaterThanOrEqualTo(220))
                .body("newest.resolutions", greaterThanOrEqualTo("2023-12-22")) // General Assembly texts reach 2025
                .body("sources.type", hasItem("akn"))
                .body("sources.type", hasItem("dhl-meetings"))
                .body("years.find { it.year == 1946 }.resolutions", equalTo(15));
    }

    /** The fuzzer found coverage answering 304 where the contract did not say it could. */
    @Test
    void shouldAnswerAMatchingIfNoneMatchWith304AsTheContractSays() {
        String etag = given().when().get("/api/v1/meta/coverage").then().statusCode(200).extract().header("ETag");
        given().filter(Contract.VALIDATOR).header("If-None-Match", etag)
                .when().get("/api/v1/meta/coverage")
                .then().statusCode(304);
    }
}
