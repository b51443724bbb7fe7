package org.unref.charter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;
import org.unref.testing.LinkedData;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CharterLinkedDataTest {

    static final String LD = "application/ld+json";

    private static Response linked(String path) {
        return given().filter(Contract.VALIDATOR).accept(LD).when().get(path);
    }

    @Test
    void shouldServeArticle27Paragraph3AsLegislationWithTheCharterWordsExactly() {
        linked("/api/v1/charter/articles/27/paragraphs/3").then().statusCode(200).contentType(startsWith(LD))
                .body("'@id'", equalTo("/api/v1/charter/articles/27/paragraphs/3"))
                .body("'@type'", equalTo("Legislation"))
                .body("name", equalTo("Article 27(3)"))
                .body("legislationIdentifier", equalTo("art-27-3"))
                .body("legislationType", equalTo("Charter paragraph"))
                .body("text", equalTo(CharterResourceTest.ART_27_3))
                .body("isPartOf", equalTo("/api/v1/charter/articles/27"))
                .body("inLanguage", equalTo("en"))
                // The data holds no Akoma Ntoso file of the Charter, so there is no AKN IRI to give.
                .body("identifier", nullValue());
    }

    @Test
    void shouldGiveTheSameNodeAtTheProvisionAddress() {
        String paragraph = linked("/api/v1/charter/articles/27/paragraphs/3").asString();
        assertEquals(paragraph, linked("/api/v1/charter/provisions/art-27-3").asString());
        assertEquals(linked("/api/v1/charter/articles/27").asString(), linked("/api/v1/charter/provisions/art-27").asString());
        assertEquals(linked("/api/v1/charter/preamble").asString(), linked("/api/v1/charter/provisions/preamble").asString());
    }

    @Test
    void shouldLinkArticlesChaptersAndTheCharterByIsPartOfAndHasPart() {
        linked("/api/v1/charter/articles/27").then().statusCode(200)
                .body("legislationIdentifier", equalTo("art-27"))
                .body("isPartOf", equalTo("/api/v1/charter/chapters/V"))
                .body("hasPart", contains("/api/v1/charter/articles/27/paragraphs/1", "/api/v1/charter/articles/27/paragraphs/2",
                        "/api/v1/charter/articles/27/paragraphs/3"));
        linked("/api/v1/charter/chapters/V").then().statusCode(200)
                .body("name", equalTo("Chapter V: The Security Council"))
                .body("isPartOf", equalTo("/api/v1/charter"))
                .body("hasPart", hasSize(10))
                .body("hasPart[4]", equalTo("/api/v1/charter/articles/27"));
        linked("/api/v1/charter/articles/55/paragraphs/a").then().statusCode(200)
                .body("isPartOf", equalTo("/api/v1/charter/articles/55"))
                .body("text", equalTo(CharterResourceTest.ART_55_ITEMS.get(0)));
        String preamble = given().when().get("/api/v1/charter/preamble").path("text");
        linked("/api/v1/charter/preamble").then().statusCode(200).body("text", equalTo(preamble))
                .body("isPartOf", equalTo("/api/v1/charter"));
    }

    @Test
    void shouldExpandArticle27Paragraph3WithAJsonLdProcessor() {
        String base = "https://unref.example/api/v1/charter/articles/27/paragraphs/3";
        JsonNode node = LinkedData.expand(linked("/api/v1/charter/articles/27/paragraphs/3").asString(), base).get(0);
        assertEquals(base, node.path("@id").asText());
        assertEquals("https://schema.org/Legislation", node.path("@type").get(0).asText());
        assertEquals(CharterResourceTest.ART_27_3, LinkedData.values(node, "text").get(0).path("@value").asText());
        assertEquals("https://unref.example/api/v1/charter/articles/27",
                LinkedData.values(node, "isPartOf").get(0).path("@id").asText());
        assertEquals("art-27-3", LinkedData.values(node, "legislationIdentifier").get(0).path("@value").asText());
    }

    @Test
    void shouldKeepJsonTheDefaultAndRefuseOtherTypes() {
        given().when().get("/api/v1/charter/articles/27/paragraphs/3").then().statusCode(200)
                .contentType(startsWith("application/json")).body("id", equalTo("art-27-3"));
        given().accept("*/*").when().get("/api/v1/charter/articles/27").then().statusCode(200)
                .contentType(startsWith("application/json"));
        for (String path : List.of("/api/v1/charter/articles/27", "/api/v1/charter/preamble", "/api/v1/charter/chapters/V",
                "/api/v1/charter/provisions/art-27-3", "/api/v1/charter/articles/27/paragraphs/3", "/api/v1/resolutions/s-res-2254-2015")) {
            given().filter(Contract.VALIDATOR).accept("application/*").when().get(path).then().statusCode(200)
                    .contentType(startsWith("application/json")).body("links.self", org.hamcrest.Matchers.startsWith("/api/v1/"));
        }
        given().accept("text/csv").when().get("/api/v1/charter/articles/27").then().statusCode(406)
                .contentType(startsWith("application/problem+json"));
        given().accept("application/json;q=0.5, application/ld+json").when().get("/api/v1/charter/chapters/VII").then()
                .statusCode(200).contentType(startsWith(LD));
    }
}
