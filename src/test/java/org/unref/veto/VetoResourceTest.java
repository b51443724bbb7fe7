package org.unref.veto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class VetoResourceTest {

    @Test
    void shouldReturnVetoWithMembersNamedAndLinksToDraftAndMeeting() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-2019-961")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("draftSymbol", equalTo("S/2019/961"))
                .body("meetingRecord", equalTo("S/PV.8697"))
                .body("date", equalTo("2019-12-20"))
                .body("dateEnd", nullValue())
                .body("year", equalTo(2019))
                .body("members.code", contains("CN", "RU"))
                .body("members.name", contains("China", "Russian Federation"))
                .body("sources.type", hasItem("dhl-vetoes"))
                .body("links.self", equalTo("/api/v1/vetoes/s-2019-961"))
                .body("links.draft", equalTo("https://undocs.org/S/2019/961"))
                .body("links.meeting", equalTo("https://undocs.org/S/PV.8697"));
    }

    @Test
    void shouldServeS2022431VetoedByChinaAndRussiaWithItsGeneralAssemblyDebate() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-2022-431")
                .then().statusCode(200)
                .body("members.code", contains("CN", "RU"))
                .body("vote", nullValue())
                .body("notes[0]", startsWith("The DHL meetings table gives the tally 13-0-2"))
                .body("gaDebate.format", equalTo("plenary"))
                .body("gaDebate.dates", contains("2022-06-08"))
                .body("gaDebate.meetingRecords.symbol", contains("A/76/PV.77", "A/76/PV.78"))
                .body("gaDebate.meetingRecords[0].link", equalTo("https://undocs.org/A/76/PV.77"))
                .body("gaDebate.pressRelease.symbol", equalTo("GA/12423"))
                .body("gaDebate.pressRelease.link", equalTo("https://press.un.org/en/2022/ga12423.doc.htm"));
    }

    @Test
    void shouldKeepDateRangesAsRangesAndLinkTheReferralAndSessionTheyLedTo() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-13729")
                .then().statusCode(200)
                .body("date", equalTo("1980-01-07"))
                .body("dateEnd", equalTo("1980-01-09"))
                .body("dateText", equalTo("7-9 January 1980"))
                .body("members.code", contains("SU"))
                .body("members.name", contains("USSR"))
                .body("referrals.id", contains("s-res-462-1980"))
                .body("emergencySessions.link", contains("/api/v1/emergency-special-sessions/6"))
                .body("links.referral", equalTo("/api/v1/uniting-for-peace/referrals/s-res-462-1980"))
                .body("links.emergencySession", equalTo("/api/v1/emergency-special-sessions/6"));
    }

    @Test
    void shouldServeThirtyJanuary86As1986() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-17769-rev-1")
                .then().statusCode(200)
                .body("date", equalTo("1986-01-30"))
                .body("dateText", equalTo("30 January 86"))
                .body("year", equalTo(1986));
    }

    @Test
    void shouldLinkTheRussianVetoOfS2022155ToReferral2623AndTheEleventhSession() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-2022-155")
                .then().statusCode(200)
                .body("members.code", contains("RU"))
                .body("referrals.label", contains("S/RES/2623 (2022)"))
                .body("emergencySessions.label", contains("Eleventh emergency special session"))
                .body("links.emergencySession", equalTo("/api/v1/emergency-special-sessions/11"));
    }

    @Test
    void shouldServeMeetingBasedIdsWhereTheDraftHasNoSymbol() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-pv-49-1")
                .then().statusCode(200)
                .body("draftSymbol", nullValue())
                .body("meetingRecord", equalTo("S/PV.49"))
                .body("links.draft", nullValue())
                .body("links.meeting", equalTo("https://undocs.org/S/PV.49"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownVeto() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/s-2019-99999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No veto has the id 's-2019-99999'."))
                .body("instance", equalTo("/api/v1/vetoes/s-2019-99999"));
    }

    @Test
    void shouldPointADraftSymbolAskedAsAnIdToItsSlug() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/vetoes/S-2022-155")
                .then().statusCode(404)
                .body("detail", equalTo("No veto has the id 'S-2022-155'. Ids are the symbol in lower case with '-' for "
                        + "anything else: try /api/v1/vetoes/s-2022-155, or look any spelling up with "
                        + "/api/v1/resolve?cite=S-2022-155."));
    }

    /**
     * The UN's agenda items file the later Syria drafts under "The situation in the Middle East"; the crisis tags of the
     * world-politics dataset (a cited secondary source) let q=Syria find all 17 of Russia's.
     */
    @Test
    void shouldFindEveryRussianVetoOnSyria() {
        given().filter(Contract.VALIDATOR)
                .queryParam("member", "RU").queryParam("q", "Syria").queryParam("count", true).queryParam("limit", 200)
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("total", equalTo(17))
                .body("items.crisis", everyItem(equalTo("Syria")))
                .body("items.id", hasItem("s-2019-961"))
                .body("items.id", hasItem("s-2022-538"))
                .body("items.id", hasItem("s-2011-612"))
                .body("next", nullValue());
        given().filter(Contract.VALIDATOR)
                .queryParam("member", "russia").queryParam("q", "syria").queryParam("limit", 3)
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .header("Link", startsWith("</api/v1/vetoes?"))
                .header("Link", endsWith(">; rel=\"next\""));
    }

    @Test
    void shouldListOnlyVetoesChangedSinceUpdatedSince() {
        given().filter(Contract.VALIDATOR)
                .queryParam("updatedSince", "2999-01-01").queryParam("count", true)
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("total", equalTo(0));
        given().filter(Contract.RESPONSES)
                .queryParam("updatedSince", "yesterday")
                .when().get("/api/v1/vetoes")
                .then().statusCode(400)
                .body("errors[0].name", equalTo("updatedSince"));
    }

    @ParameterizedTest
    @CsvSource({ "Russian Federation,RU", "ussr,SU", "Soviet Union,SU", "U.S.S.R.,SU", "United States,US", "usa,US",
            "UK,GB", "United Kingdom,GB", "france,FR", "China,CN", "cn,CN" })
    void shouldAcceptMemberNamesAsWellAsCodes(String name, String code) {
        long byCode = total(Map.of("member", code));
        given().filter(Contract.VALIDATOR)
                .queryParam("member", name).queryParam("count", true).queryParam("limit", 200)
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("total", equalTo((int) byCode))
                .body("items.members.code", everyItem(hasItem(code)));
    }

    @Test
    void shouldMatchARangeThatOverlapsTheDatesAsked() {
        given().filter(Contract.VALIDATOR)
                .queryParam("from", "1980-01-09").queryParam("to", "1980-01-09")
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("items.id", contains("s-13729"));
        given().filter(Contract.VALIDATOR)
                .queryParam("year", "1980").queryParam("member", "SU")
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .body("items.id", hasItem("s-13735"))
                .body("items.year", everyItem(equalTo(1980)));
    }

    @Test
    void shouldWalkAllPagesWithoutDuplicateOrGap() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().filter(Contract.VALIDATOR).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/api/v1/vetoes").then().statusCode(200).extract().jsonPath();
            List<String> items = page.getList("items.id");
            assertTrue(items.size() <= 7);
            ids.addAll(items);
            cursor = page.getString("next");
            pages++;
        } while (cursor != null && pages < 100);
        assertNull(cursor, "the walk must end");
        assertEquals(220, ids.size());
        assertEquals(220, new HashSet<>(ids).size(), "no veto may appear twice");
        assertEquals(220, total(Map.of()));
        assertEquals(32, pages);
    }

    @Test
    void shouldCountByMemberConsistentlyWithTheList() {
        JsonPath stats = given().filter(Contract.VALIDATOR)
                .queryParam("by", "member")
                .when().get("/api/v1/vetoes/stats")
                .then().statusCode(200)
                .body("by", equalTo("member"))
                .body("drafts", equalTo(220))
                .body("from", equalTo("1946-02-16"))
                .body("through", equalTo("2023-12-08"))
                .body("groups.key", containsInAnyOrder("SU", "US", "RU", "GB", "CN", "FR"))
                .body("groups[0].key", equalTo("SU"))
                .body("groups[0].count", equalTo(90))
                .body("groups[0].label", equalTo("USSR"))
                .body("groups[0].link", equalTo("/api/v1/vetoes?member=SU"))
                .extract().jsonPath();
        for (Map<String, Object> group : stats.<Map<String, Object>>getList("groups")) {
            assertEquals(((Number) group.get("count")).longValue(), total(Map.of("member", group.get("key"))),
                    "count of " + group.get("key"));
        }
    }

    @ParameterizedTest
    @CsvSource({ "year,1946,1946", "decade,1940,1940s" })
    void shouldCountByYearAndDecadeAddingUpToAllDrafts(String by, String firstKey, String firstLabel) {
        JsonPath stats = given().filter(Contract.VALIDATOR)
                .queryParam("by", by)
                .when().get("/api/v1/vetoes/stats")
                .then().statusCode(200)
                .body("groups[0].key", equalTo(firstKey))
                .body("groups[0].label", equalTo(firstLabel))
                .extract().jsonPath();
        long sum = stats.<Integer>getList("groups.count").stream().mapToLong(Integer::longValue).sum();
        assertEquals(220, sum);
        if (by.equals("decade")) {
            assertEquals(stats.getLong("groups.find { it.key == '2010' }.count"),
                    total(Map.of("from", "2010-01-01", "to", "2019-12-31")));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/vetoes|member|Germany|member must be a permanent member: CN, FR, GB, RU, SU (the USSR) or US, or a name such as China, France, United Kingdom, UK, Russia, USSR, Soviet Union, United States, USA",
            "/api/v1/vetoes|limit|0|limit must be between 1 and 200",
            "/api/v1/vetoes|limit|201|limit must be between 1 and 200",
            "/api/v1/vetoes|year|80|year must be a four-digit year, e.g. 2015",
            "/api/v1/vetoes|from|1980-02-30|from must be a real date written YYYY-MM-DD, e.g. 2015-12-18",
            "/api/v1/vetoes|to|yesterday|to must be a date written YYYY-MM-DD",
            "/api/v1/vetoes|cursor|%%%|cursor is not one this service gave out; pass the `next` value of the previous page unchanged",
            "/api/v1/vetoes/stats|by|country|by must be member, year or decade",
    })
    void shouldAnswer400NamingTheParameter(String path, String name, String value, String message) {
        given().filter(Contract.RESPONSES).urlEncodingEnabled(name.equals("cursor")).queryParam(name, value)
                .when().get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].name", equalTo(name))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void shouldAnswerEtagAnd304() {
        for (String path : List.of("/api/v1/vetoes/s-2022-155", "/api/v1/vetoes?member=SU", "/api/v1/vetoes/stats?by=year")) {
            String etag = given().when().get(path)
                    .then().statusCode(200)
                    .header("Cache-Control", notNullValue())
                    .extract().header("ETag");
            given().header("If-None-Match", etag)
                    .when().get(path)
                    .then().statusCode(304);
        }
    }

    static long total(Map<String, ?> filters) {
        return given().queryParams(filters).queryParam("count", true).queryParam("limit", 1)
                .when().get("/api/v1/vetoes")
                .then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }
}
