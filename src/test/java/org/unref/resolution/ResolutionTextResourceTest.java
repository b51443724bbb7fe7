package org.unref.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ResolutionTextResourceTest {

    @Test
    void shouldReturnTheStructuredTextOf2672() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2672-2023/text")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("resolution.label", equalTo("S/RES/2672 (2023)"))
                .body("sponsors", equalTo(java.util.List.of("Brazil", "Switzerland")))
                .body("paragraphs[0].id", equalTo("pp-1"))
                .body("paragraphs[0].eId", equalTo("container_2"))
                .body("paragraphs[0].kind", equalTo("preamble"))
                .body("paragraphs[0].text", startsWith("Recalling its resolutions 2042 (2012), 2043 (2012)"))
                .body("paragraphs[0].documentLinks[0].href", equalTo("https://undocs.org/en/S/RES/2042(2012)"))
                .body("paragraphs.find { it.id == 'op-3' }.number", equalTo("3"))
                .body("paragraphs.find { it.id == 'op-3' }.eId", equalTo("para_13"))
                .body("paragraphs.find { it.id == 'op-7' }.text", equalTo("Decides to remain actively seized of the matter."))
                .body("sources[0].type", equalTo("akn"))
                .body("links.self", equalTo("/api/v1/resolutions/s-res-2672-2023/text"))
                .header("ETag", notNullValue());
    }

    @Test
    void shouldReturnOneParagraphWithItsLinks() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2672-2023/text/paragraphs/op-3")
                .then().statusCode(200)
                .body("id", equalTo("op-3"))
                .body("kind", equalTo("operative"))
                .body("text", startsWith("Calls upon all Member States to respond with practical steps"))
                .body("links.self", equalTo("/api/v1/resolutions/s-res-2672-2023/text/paragraphs/op-3"));
    }

    @Test
    void shouldReturnASubParagraphWithItsParent() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2505-2020/text/paragraphs/op-2-a")
                .then().statusCode(200)
                .body("kind", equalTo("sub"))
                .body("parentId", equalTo("op-2"))
                .body("links.parent", equalTo("/api/v1/resolutions/s-res-2505-2020/text/paragraphs/op-2"));
    }

    @Test
    void shouldAnswer404ForAnUnknownParagraph() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2672-2023/text/paragraphs/op-99")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("Resolution S/RES/2672 (2023) has no paragraph 'op-99'"));
    }

    @Test
    void shouldAnswer400ForAMalformedParagraphId() {
        given().filter(Contract.RESPONSES) // the request breaks the contract on purpose
                .when().get("/api/v1/resolutions/s-res-2672-2023/text/paragraphs/OP_3")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswer404WhenNoTextIsStored() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-242-1967/text")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", startsWith("No text of S/RES/242 (1967) is stored"));
    }

    @Test
    void shouldAnswer404ForTheTextOfAnUnknownResolution() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-99999-2015/text")
                .then().statusCode(404)
                .body("detail", equalTo("No resolution has the id 's-res-99999-2015'."));
    }

    @Test
    void shouldReturnEachMembersVote() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2504-2020/votes")
                .then().statusCode(200)
                .body("membersKnown", is(true))
                .body("vote.raw", equalTo("11-0-4"))
                .body("members", hasSize(15))
                .body("members.find { it.code == 'RU' }.vote", equalTo("abstain"))
                .body("members.find { it.code == 'RU' }.name", equalTo("RUSSIAN FEDERATION"))
                .body("members.findAll { it.vote == 'yes' }", hasSize(11))
                .body("sources[0].type", equalTo("akn"));
    }

    @Test
    void shouldReturnCountsAndNoMembersWhereTheVotersAreUnknown() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-242-1967/votes")
                .then().statusCode(200)
                .body("membersKnown", is(false))
                .body("members", hasSize(0))
                .body("vote.method", notNullValue());
    }

    @Test
    void shouldListWhatAResolutionCitesWithTheCitingParagraph() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-2672-2023/cites")
                .then().statusCode(200)
                .body("items.size()", greaterThan(30))
                .body("items[0].paragraph", equalTo("pp-1"))
                .body("items[0].paragraphEId", equalTo("container_2"))
                .body("items[0].text", equalTo("2042 (2012)"))
                .body("items[0].kind", equalTo("resolution"))
                .body("items[0].status", equalTo("found"))
                .body("items[0].target.link", equalTo("/api/v1/resolutions/s-res-2042-2012"))
                .body("items.find { it.referenceId == 'art-25' }.target.label", equalTo("Article 25"))
                .body("items.find { it.referenceId == 's-prst-2011-16' }.kind", equalTo("document"))
                .body("items.paragraph", everyItem(notNullValue()));
    }

    @Test
    void shouldListNoCitationsForAResolutionWithoutText() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/s-res-242-1967/cites")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }
}
