package org.unref.unitingforpeace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class UnitingForPeaceResourceTest {

    private static final Path AKN_2623 = Path.of("..", "shared", "data", "akn", "2022", "S_RES_2623 (2022)-2202879E.xml");

    @Test
    void shouldServe377AndTheCouncilsEightReferralsOldestFirst() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/uniting-for-peace")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("resolution.id", equalTo("a-res-377-v"))
                .body("resolution.label", equalTo("A/RES/377(V)"))
                .body("resolution.link", equalTo("/api/v1/resolutions/a-res-377-v"))
                .body("adoptionDate", equalTo("1950-11-03"))
                .body("links.resolution", equalTo("/api/v1/resolutions/a-res-377-v"))
                .body("referrals", hasSize(8))
                .body("referrals.id", contains("s-res-119-1956", "s-res-120-1956", "s-res-129-1958", "s-res-157-1960",
                        "s-res-303-1971", "s-res-462-1980", "s-res-500-1982", "s-res-2623-2022"))
                .body("referrals[0].triggeringVetoes.link", contains("/api/v1/vetoes/s-3710", "/api/v1/vetoes/s-3713-rev-1"))
                .body("referrals[0].triggeringVetoes.label", contains("S/3710", "S/3713/Rev.1"))
                .body("referrals[0].emergencySession.link", equalTo("/api/v1/emergency-special-sessions/1"))
                .body("referrals[2].vote.method", equalTo("unanimous"))
                .body("referrals[2].vote.yes", nullValue());
    }

    @Test
    void shouldServeReferral2623WithItsVoteTriggeringVetoAndSession() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/uniting-for-peace/referrals/s-res-2623-2022")
                .then().statusCode(200)
                .body("resolution.label", equalTo("S/RES/2623 (2022)"))
                .body("resolution.link", equalTo("/api/v1/resolutions/s-res-2623-2022"))
                .body("date", equalTo("2022-02-27"))
                .body("vote.yes", equalTo(11))
                .body("vote.no", equalTo(1))
                .body("vote.abstain", equalTo(3))
                .body("vote.against", contains("RU"))
                .body("vote.abstaining", contains("AE", "CN", "IN"))
                .body("triggeringVetoes.id", contains("s-2022-155"))
                .body("triggeringVetoes[0].link", equalTo("/api/v1/vetoes/s-2022-155"))
                .body("emergencySession.id", equalTo("11"))
                .body("links.self", equalTo("/api/v1/uniting-for-peace/referrals/s-res-2623-2022"))
                .body("links.document", equalTo("https://undocs.org/S/RES/2623(2022)"));
    }

    @Test
    void shouldTakeTheVoteOf2623FromAkn() throws IOException {
        assumeTrue(Files.isReadable(AKN_2623), "../shared/data is not here");
        String xml = Files.readString(AKN_2623, StandardCharsets.UTF_8);
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile("<count value=\"(\\d+)\" refersTo=\"(\\w+)\">").matcher(xml);
        while (m.find()) {
            counts.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        JsonPath served = given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/uniting-for-peace/referrals/s-res-2623-2022")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(counts.get("inFavour"), served.getInt("vote.yes"));
        assertEquals(counts.get("against"), served.getInt("vote.no"));
        assertEquals(counts.get("abstaining"), served.getInt("vote.abstain"));
        assertEquals(counts.get("against"), served.getList("vote.against").size());
        assertEquals(counts.get("abstaining"), served.getList("vote.abstaining").size());
    }

    @Test
    void shouldLeaveTheSessionOfAReferralToARegularSessionNull() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/uniting-for-peace/referrals/s-res-303-1971")
                .then().statusCode(200)
                .body("emergencySession", nullValue())
                .body("links.emergencySession", nullValue())
                .body("triggeringVetoes.id", contains("s-10416", "s-10423"));
    }

    @Test
    void shouldAnswer404ProblemForUnknownReferral() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/uniting-for-peace/referrals/s-res-2254-2015")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No Uniting for Peace referral has the id 's-res-2254-2015'."));
    }

    @Test
    void shouldListAllElevenSessionsInOnePage() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/emergency-special-sessions")
                .then().statusCode(200)
                .body("items", hasSize(11))
                .body("items.number", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                .body("items[0].title", equalTo("First emergency special session"))
                .body("items[7].dateStart", nullValue())
                .body("items[4].convenedBy", equalTo("general-assembly-members"))
                .body("items[4].convenedUnder", nullValue())
                .body("next", nullValue());
    }

    @Test
    void shouldServeTheEleventhSessionTriggeredByTheRussianVetoOfS2022155() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/emergency-special-sessions/11")
                .then().statusCode(200)
                .body("title", equalTo("Eleventh emergency special session"))
                .body("topic", equalTo("Ukraine"))
                .body("resumed", equalTo(true))
                .body("convenedBy", equalTo("security-council"))
                .body("convenedUnder.label", equalTo("S/RES/2623 (2022)"))
                .body("convenedUnder.link", equalTo("/api/v1/resolutions/s-res-2623-2022"))
                .body("referral.link", equalTo("/api/v1/uniting-for-peace/referrals/s-res-2623-2022"))
                .body("triggeringVetoes.label", contains("S/2022/155", "S/2022/720"))
                .body("triggeringVetoes[0].link", equalTo("/api/v1/vetoes/s-2022-155"))
                .body("resolutions", hasSize(7))
                .body("resolutions[0].label", equalTo("A/RES/ES-11/1"))
                .body("resolutions[0].link", equalTo("/api/v1/resolutions/a-res-es-11-1"));
    }

    @Test
    void shouldLinkOnlyResolutionsUnrefHolds() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/emergency-special-sessions/1")
                .then().statusCode(200)
                .body("resolutions[0].label", equalTo("A/RES/1001(ES-I)"))
                .body("resolutions[0].id", equalTo("a-res-1001-es-i"))
                .body("resolutions[0].link", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "12", "abc", "-1", "011" })
    void shouldAnswer404ProblemForUnknownSessionNumber(String number) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/emergency-special-sessions/" + number)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No emergency special session has the id '" + number + "'."));
    }

    @Test
    void shouldAnswerEtagAnd304() {
        for (String path : new String[] { "/api/v1/uniting-for-peace", "/api/v1/emergency-special-sessions/11" }) {
            String etag = given().when().get(path)
                    .then().statusCode(200)
                    .header("Cache-Control", notNullValue())
                    .extract().header("ETag");
            given().header("If-None-Match", etag)
                    .when().get(path)
                    .then().statusCode(304);
        }
    }
}
