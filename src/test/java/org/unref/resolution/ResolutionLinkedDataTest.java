package org.unref.resolution;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;
import org.unref.testing.LinkedData;
import org.unref.testing.SharedData;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ResolutionLinkedDataTest {

    static final String LD = "application/ld+json";
    /** What akn/2023/S_RES_2719-2325940E.xml writes in FRBRWork/FRBRuri (checked against the file below when it is here). */
    static final String IRI_2719 = "/akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/";

    private static Response linked(String path) {
        return given().filter(Contract.VALIDATOR).accept(LD).when().get(path);
    }

    @Test
    void shouldGiveAResolutionWithAnAknFileItsAkomaNtosoIriInJsonLdAndJson() {
        Response answer = linked("/api/v1/resolutions/s-res-2719-2023");
        answer.then().statusCode(200).contentType(startsWith(LD))
                .body("'@type'", equalTo("Legislation"))
                .body("'@id'", equalTo("/api/v1/resolutions/s-res-2719-2023"))
                .body("'@context'.'@vocab'", equalTo("https://schema.org/"))
                .body("legislationIdentifier", equalTo("S/RES/2719 (2023)"))
                .body("legislationDate", equalTo("2023-12-21"))
                .body("legislationType", equalTo("Security Council resolution"))
                .body("legislationPassedBy.name", equalTo("United Nations Security Council"))
                .body("inLanguage", equalTo("en"))
                .body("sameAs", hasItem("https://undocs.org/S/RES/2719(2023)"))
                .body("encoding[0].contentUrl", startsWith("https://github.com/UNxml/SCresolutions/blob/main/2023/"));
        List<Map<String, String>> ids = answer.path("identifier");
        assertEquals(List.of(IRI_2719), ids.stream().filter(i -> "akn".equals(i.get("propertyID"))).map(i -> i.get("value")).toList());
        given().filter(Contract.VALIDATOR).when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(200).body("aknIri", equalTo(IRI_2719));
    }

    @Test
    void shouldCarryExactlyTheIriTheUnsFileWrites() throws Exception {
        Path dir = SharedData.require("data/akn/2023");
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("S_RES_2719")).findFirst().orElseThrow();
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(file.toFile());
        Element work = (Element) doc.getElementsByTagNameNS("*", "FRBRWork").item(0);
        String iri = ((Element) work.getElementsByTagNameNS("*", "FRBRuri").item(0)).getAttribute("value");
        assertEquals(IRI_2719, iri, "the file's own FRBRuri");
    }

    @Test
    void shouldGiveNoAknIriToAResolutionWithoutAnAknFile() throws IOException {
        Response answer = linked("/api/v1/resolutions/s-res-2254-2015");
        answer.then().statusCode(200).body("legislationIdentifier", equalTo("S/RES/2254 (2015)"))
                .body("legislationDate", equalTo("2015-12-18"))
                .body("identifier.propertyID", not(hasItem("akn")));
        given().filter(Contract.VALIDATOR).when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(200).body("aknIri", nullValue());
        Path akn = SharedData.require("data/akn");
        try (Stream<Path> files = Files.walk(akn)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains("2254")), "the data has no AKN file of 2254");
        }
    }

    @Test
    void shouldExpandWithAJsonLdProcessorToSchemaOrgTermsAndAbsoluteIds() {
        String base = "https://unref.example/api/v1/resolutions/s-res-2719-2023";
        JsonNode expanded = LinkedData.expand(linked("/api/v1/resolutions/s-res-2719-2023").asString(), base);
        assertEquals(1, expanded.size());
        JsonNode node = expanded.get(0);
        assertEquals(base, node.path("@id").asText());
        assertEquals("https://schema.org/Legislation", node.path("@type").get(0).asText());
        JsonNode date = LinkedData.values(node, "legislationDate").get(0);
        assertEquals("2023-12-21", date.path("@value").asText());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.path("@type").asText());
        boolean akn = false;
        for (JsonNode id : LinkedData.values(node, "identifier")) {
            if ("akn".equals(LinkedData.values(id, "propertyID").get(0).path("@value").asText())) {
                assertEquals(IRI_2719, LinkedData.values(id, "value").get(0).path("@value").asText());
                akn = true;
            }
        }
        assertTrue(akn, "expanded: " + node);
        List<String> same = LinkedData.values(node, "sameAs").findValuesAsText("@id");
        assertTrue(same.contains("https://undocs.org/S/RES/2719(2023)"), "sameAs expands to IRIs: " + same);
        assertEquals("United Nations Security Council",
                LinkedData.values(LinkedData.values(node, "legislationPassedBy").get(0), "name").get(0).path("@value").asText());
    }

    @Test
    void shouldKeyTheEtagAndTheCacheOnAccept() {
        Response json = given().when().get("/api/v1/resolutions/s-res-2719-2023");
        Response ld = given().accept(LD).when().get("/api/v1/resolutions/s-res-2719-2023");
        json.then().statusCode(200).contentType(startsWith("application/json")).header("Vary", equalTo("Accept"));
        ld.then().statusCode(200).contentType(startsWith(LD)).header("Vary", equalTo("Accept"));
        String jsonTag = json.header("ETag");
        String ldTag = ld.header("ETag");
        assertNotEquals(jsonTag, ldTag);
        given().accept(LD).header("If-None-Match", ldTag).when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(304);
        // The JSON-LD tag does not stand for the JSON answer: a cache holding JSON-LD must not get a 304 for JSON.
        given().header("If-None-Match", ldTag).when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(200).contentType(startsWith("application/json")).body("id", equalTo("s-res-2719-2023"));
        // Again, now from the response cache: each Accept gets its own answer.
        given().accept(LD).when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(200).contentType(startsWith(LD)).header("ETag", equalTo(ldTag));
        given().when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(200).contentType(startsWith("application/json")).header("ETag", equalTo(jsonTag));
    }

    @Test
    void shouldRefuseATypeItCannotProduceWith406() {
        given().filter(Contract.RESPONSES).accept("application/xml").when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(406).contentType(startsWith("application/problem+json")).body("status", equalTo(406));
        given().accept("text/csv").when().get("/api/v1/resolutions/s-res-2719-2023")
                .then().statusCode(406).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswer404AsProblemJsonWhenJsonLdIsAsked() {
        given().accept(LD + ", application/problem+json").when().get("/api/v1/resolutions/s-res-99999-2015")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }
}
