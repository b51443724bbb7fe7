package org.unref.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SearchResourceTest {

    @Test
    void shouldRankTheResolutionASymbolNamesFirst() {
        given().filter(Contract.VALIDATOR).queryParam("q", "S/RES/2254 (2015)")
                .when().get("/api/v1/search")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("items[0].id", equalTo("s-res-2254-2015"))
                .body("items[0].collection", equalTo("resolutions"))
                .body("items[0].link", equalTo("/api/v1/resolutions/s-res-2254-2015"));
    }

    @Test
    void shouldFindVetoesByAgendaAndFilterByCollection() {
        given().filter(Contract.VALIDATOR).queryParam("q", "Ukraine").queryParam("collection", "vetoes").queryParam("limit", "50")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items.collection", everyItem(equalTo("vetoes")))
                .body("items", hasItem(org.hamcrest.Matchers.hasEntry("id", "s-2022-155")))
                .body("items[0].snippet", containsString("Ukraine"))
                .body("items.size()", lessThanOrEqualTo(50));
    }

    @Test
    void shouldFindStatementsByWordsRankingTitleAboveText() {
        String word = "quokka" + UUID.randomUUID().toString().substring(0, 6);
        String inText = create("An ordinary title", "The " + word + " appears in the text only.");
        String inTitle = create("About the " + word, "A text without the word.");
        given().filter(Contract.VALIDATOR).queryParam("q", word).queryParam("collection", "statements,resolutions")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(inTitle))
                .body("items[0].field", equalTo("title"))
                .body("items[1].id", equalTo(inText))
                .body("items[1].snippet", containsString(word));
    }

    /** Statements are ranked among the newest {@code limit} that match, so a query's cost does not grow with the table. */
    @Test
    void shouldRankOnlyTheNewestMatchingStatementsUpToTheLimit() {
        String word = "wombat" + UUID.randomUUID().toString().substring(0, 6);
        String oldInTitle = create("About the " + word, "An old text.", "2001-05-01");
        String newer = create("A newer title", "The " + word + " in the text.", "2020-05-01");
        String newest = create("The newest title", "The " + word + " in the text again.", "2024-05-01");
        given().filter(Contract.VALIDATOR).queryParam("q", word).queryParam("collection", "statements").queryParam("limit", "2")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(newer, newest));
        given().filter(Contract.VALIDATOR).queryParam("q", word).queryParam("collection", "statements").queryParam("limit", "3")
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].id", equalTo(oldInTitle));
    }

    private static String create(String title, String text) {
        return create(title, text, "2024-03-01");
    }

    private static String create(String title, String text, String date) {
        return given().filter(Contract.VALIDATOR).header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"kind\": \"report\", \"text\": \"" + text + "\"}")
                .when().post("/api/v1/statements")
                .then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a", " b " })
    void shouldRefuseAMissingOrTooShortQ(String q) {
        given().filter(Contract.RESPONSES).queryParam("q", q)
                .when().get("/api/v1/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("q"));
    }

    @Test
    void shouldRefuseBadCollectionAndLimit() {
        given().filter(Contract.RESPONSES).queryParam("q", "Syria").queryParam("collection", "charter")
                .when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].name", equalTo("collection"));
        given().filter(Contract.RESPONSES).queryParam("q", "Syria").queryParam("limit", "51")
                .when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].name", equalTo("limit"));
        given().filter(Contract.RESPONSES)
                .when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].name", equalTo("q"));
    }
}
