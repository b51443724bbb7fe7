package org.unref.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ResolutionResourceTest {

    @Test
    void shouldReturnResolution2254WithDateMeetingVoteAndSources() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("symbol", equalTo("S/RES/2254 (2015)"))
                .body("body", equalTo("SC"))
                .body("adoptionDate", equalTo("2015-12-18"))
                .body("meetingRecord", equalTo("S/PV.7588"))
                .body("vote.method", equalTo("recorded"))
                .body("vote.yes", equalTo(15))
                .body("vote.no", equalTo(0))
                .body("vote.abstain", equalTo(0))
                .body("sources.type", hasItem("dhl-meetings"))
                .body("sources.type", hasItem("ods"))
                .body("links.self", equalTo("/api/v1/resolutions/s-res-2254-2015"))
                .body("links.meeting", equalTo("https://undocs.org/S/PV.7588"));
    }

    @Test
    void shouldReturnGeneralAssemblyUnitingForPeaceResolution() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/a-res-377-v")
                .then().statusCode(200)
                .body("symbol", equalTo("A/RES/377(V)"))
                .body("body", equalTo("GA"))
                .body("adoptionDate", equalTo("1950-11-03"));
    }

    @Test
    void shouldEnrich2023ResolutionsFromAkn() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2700-2023")
                .then().statusCode(200)
                .body("draftSymbol", equalTo("S/2023/787"))
                .body("chapterVII", is(true))
                .body("subjects", hasItem("SANCTIONS"))
                .body("vote.inFavour", hasSize(15))
                .body("sources.type", hasItem("akn"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownId() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-99999-2015")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No resolution has the id 's-res-99999-2015'."))
                .body("instance", equalTo("/api/v1/resolutions/s-res-99999-2015"));
    }

    /** A symbol or an upper-case id is not an id, but the 404 says which id to try and where any spelling resolves. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S-RES-2254-2015|S-RES-2254-2015",
            "S%2FRES%2F2254%20(2015)|S%2FRES%2F2254%20%282015%29" })
    void shouldPointAnIdInAnotherFormToItsSlugAndToResolve(String asked, String cite) {
        given().filter(Contract.VALIDATOR).urlEncodingEnabled(false)
                .when().get("/api/v1/resolutions/" + asked)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("try /api/v1/resolutions/s-res-2254-2015,"))
                .body("detail", containsString("/api/v1/resolve?cite=" + cite + "."));
        given().when().get("/api/v1/resolutions/s-res-2254-2015").then().statusCode(200);
    }

    @Test
    void shouldListNewestFirstWithCursorAndLinkHeader() {
        String next = given().filter(Contract.VALIDATOR)
                .queryParam("year", "2015").queryParam("limit", 5).queryParam("count", true)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.year", everyItem(equalTo(2015)))
                .body("items[0].symbol", equalTo("S/RES/2259 (2015)"))
                .body("total", equalTo(64))
                .header("Link", startsWith("</api/v1/resolutions?"))
                .header("Link", endsWith(">; rel=\"next\""))
                .extract().path("next");
        given().filter(Contract.VALIDATOR)
                .queryParam("year", "2015").queryParam("limit", 5).queryParam("cursor", next)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items[0].symbol", equalTo("S/RES/2254 (2015)"))
                .body("total", nullValue());
    }

    @Test
    void shouldFilterBySubjectChapterAndWords() {
        given().filter(Contract.VALIDATOR)
                .queryParam("subject", "haiti").queryParam("chapter", "VII").queryParam("limit", 200)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items.symbol", hasItem("S/RES/2700 (2023)"))
                .body("items.chapterVII", everyItem(is(true)));
        given().filter(Contract.VALIDATOR)
                .queryParam("q", "india/pakistan").queryParam("year", 1971)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items.symbol", contains("S/RES/307 (1971)", "S/RES/303 (1971)"));
    }

    @Test
    void shouldFilterGeneralAssemblyByBodyAndDates() {
        given().filter(Contract.VALIDATOR)
                .queryParam("body", "ga").queryParam("from", "1950-01-01").queryParam("to", "1950-12-31")
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items.symbol", contains("A/RES/377(V)"))
                .body("next", nullValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limit|0|limit must be between 1 and 200",
            "limit|201|limit must be between 1 and 200",
            "year|15|year must be a four-digit year, e.g. 2015",
            "year|1800|year must be a year between 1945 and 2100",
            "from|2015-02-30|from must be a real date written YYYY-MM-DD, e.g. 2015-12-18",
            "to|yesterday|to must be a date written YYYY-MM-DD",
            "body|UN|body must be SC or GA",
            "chapter|XX|chapter must be a Charter chapter in Roman numerals, I to XIX",
            "vote|maybe|vote must be unanimous, divided or without-vote",
            "cursor|%%%|cursor is not one this service gave out; pass the `next` value of the previous page unchanged",
            "updatedSince|last-week|updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)",
    })
    void shouldAnswer400NamingTheParameter(String name, String value, String message) {
        given().urlEncodingEnabled(name.equals("cursor")).queryParam(name, value)
                .when().get("/api/v1/resolutions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].name", equalTo(name))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void shouldListOnlyWhatChangedSinceUpdatedSince() {
        given().filter(Contract.VALIDATOR)
                .queryParam("updatedSince", "2999-01-01T00:00:00Z").queryParam("count", true)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        given().filter(Contract.VALIDATOR)
                .queryParam("updatedSince", "2000-01-01").queryParam("count", true).queryParam("limit", 1)
                .when().get("/api/v1/resolutions")
                .then().statusCode(200)
                .body("total", equalTo(2738));
    }

    @Test
    void shouldRefuseFromLaterThanTo() {
        given().queryParam("from", "2016-01-01").queryParam("to", "2015-01-01")
                .when().get("/api/v1/resolutions")
                .then().statusCode(400)
                .body("errors[0].name", equalTo("from"));
    }

    @Test
    void shouldWalkEveryResolutionPageByPageWithoutDuplicateOrGap() {
        int total = given().queryParam("count", true).queryParam("limit", 1)
                .when().get("/api/v1/resolutions").then().statusCode(200).extract().path("total");
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        String cursor = null;
        int pages = 0;
        String previousKey = null;
        do {
            var request = given().filter(Contract.VALIDATOR).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/v1/resolutions").then().statusCode(200).extract().jsonPath();
            for (String id : page.<String>getList("items.id")) {
                org.junit.jupiter.api.Assertions.assertTrue(seen.add(id), "duplicate " + id);
            }
            for (String date : page.<String>getList("items.adoptionDate")) {
                if (date != null && previousKey != null) {
                    org.junit.jupiter.api.Assertions.assertTrue(date.compareTo(previousKey) <= 0, "order broken at " + date);
                }
                previousKey = date == null ? previousKey : date;
            }
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(total, seen.size());
        org.junit.jupiter.api.Assertions.assertEquals(2738, total);
        org.junit.jupiter.api.Assertions.assertEquals(14, pages);
    }

    @Test
    void shouldAnswerEtagAnd304() {
        String etag = given().when().get("/api/v1/resolutions/s-res-2118-2013")
                .then().statusCode(200)
                .header("Cache-Control", notNullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag)
                .when().get("/api/v1/resolutions/s-res-2118-2013")
                .then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"")
                .when().get("/api/v1/resolutions/s-res-2118-2013")
                .then().statusCode(200).header("ETag", equalTo(etag));
    }
}
