package org.unref.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CitedByResourceTest {

    @Inject
    CitationRepository repository;

    private static String createStatement(String text) {
        return given().filter(Contract.VALIDATOR).header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body("{\"title\": \"Cited-by test\", \"date\": \"2024-03-01\", \"kind\": \"speech\", \"sourceUrl\": "
                        + "\"https://example.org/cited-by/" + UUID.randomUUID() + "\", \"text\": \"" + text + "\"}")
                .when().post("/api/v1/statements")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldListStatementsCitingEveryKindOfRecord() {
        String id = createStatement("We recall Chapter VII of the Charter, the draft resolution S/2022/155, resolution 119 (1956) "
                + "and Article 55 (a) of the Charter, and the tenth emergency special session.");
        String[] paths = { "/api/v1/charter/chapters/VII/cited-by", "/api/v1/vetoes/s-2022-155/cited-by",
                "/api/v1/uniting-for-peace/referrals/s-res-119-1956/cited-by", "/api/v1/resolutions/s-res-119-1956/cited-by",
                "/api/v1/charter/articles/55/cited-by", "/api/v1/charter/articles/55/paragraphs/a/cited-by",
                "/api/v1/emergency-special-sessions/10/cited-by" };
        for (String path : paths) {
            given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                    .when().get(path)
                    .then().statusCode(200).contentType(ContentType.JSON)
                    .body("items.source.id", hasItem(id))
                    .body("items[0].snippet", notNullValue());
        }
    }

    /** updatedSince on all seven cited-by lists: a statement written now is in the list since a moment ago, not since later. */
    @Test
    void shouldListOnlyCitationsRecordedSinceUpdatedSince() {
        Instant before = Instant.now().minusSeconds(2);
        String id = createStatement("We recall Chapter VII of the Charter, the draft resolution S/2022/155, resolution 119 (1956) "
                + "and Article 55 (a) of the Charter, and the tenth emergency special session.");
        Instant later = Instant.now().plusSeconds(3600);
        String[] paths = { "/api/v1/charter/chapters/VII/cited-by", "/api/v1/vetoes/s-2022-155/cited-by",
                "/api/v1/uniting-for-peace/referrals/s-res-119-1956/cited-by", "/api/v1/resolutions/s-res-119-1956/cited-by",
                "/api/v1/charter/articles/55/cited-by", "/api/v1/charter/articles/55/paragraphs/a/cited-by",
                "/api/v1/emergency-special-sessions/10/cited-by" };
        for (String path : paths) {
            given().filter(Contract.VALIDATOR).queryParam("updatedSince", before.toString()).queryParam("limit", "200")
                    .queryParam("count", "true")
                    .when().get(path)
                    .then().statusCode(200)
                    .body("items.source.id", hasItem(id))
                    .body("items.source.id", org.hamcrest.Matchers.everyItem(notNullValue()));
            given().filter(Contract.VALIDATOR).queryParam("updatedSince", later.toString()).queryParam("count", "true")
                    .when().get(path)
                    .then().statusCode(200)
                    .body("items", org.hamcrest.Matchers.empty())
                    .body("total", equalTo(0));
            given().queryParam("updatedSince", "last week")
                    .when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].name", equalTo("updatedSince"));
        }
        // Every citation of the unfiltered list that is not in the filtered one was recorded before the instant.
        int all = given().queryParam("limit", "200").queryParam("count", "true").when().get("/api/v1/resolutions/s-res-119-1956/cited-by")
                .then().statusCode(200).extract().path("total");
        int since = given().queryParam("limit", "200").queryParam("count", "true").queryParam("updatedSince", before.toString())
                .when().get("/api/v1/resolutions/s-res-119-1956/cited-by").then().statusCode(200).extract().path("total");
        org.junit.jupiter.api.Assertions.assertTrue(since >= 1 && since <= all, since + " of " + all);
    }

    @Test
    void shouldListCitingResolutionsWithTheirParagraphAndPageByCitationId() {
        String source = "s-res-2118-2013";
        String paragraph = "para_" + UUID.randomUUID().toString().substring(0, 8);
        storeResolutionCitation(source, paragraph);
        String firstStatement = createStatement("Citing resolution 2254 (2015) once.");
        String secondStatement = createStatement("Citing resolution 2254 (2015) again.");

        given().filter(Contract.VALIDATOR).queryParam("limit", "2").queryParam("count", "true")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(200)
                .body("items.source.id", contains(secondStatement, firstStatement))
                .body("next", notNullValue());
        given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(200)
                .body("items.find { it.paragraph == '" + paragraph + "' }.source.type", equalTo("resolution"))
                .body("items.find { it.paragraph == '" + paragraph + "' }.source.label", equalTo("S/RES/2118 (2013)"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/resolutions/" + source + "/cites")
                .then().statusCode(200).body("items.paragraphEId", hasItem(paragraph));
    }

    @Transactional
    void storeResolutionCitation(String source, String paragraph) {
        StoredCitation c = new StoredCitation();
        c.sourceType = StoredCitation.SourceType.RESOLUTION;
        c.sourceId = source;
        c.sourceParagraph = paragraph;
        c.sourceDate = LocalDate.of(2013, 9, 27);
        c.start = 0;
        c.end = 22;
        c.matchedText = "resolution 2254 (2015)";
        c.snippet = "recalling resolution 2254 (2015)";
        c.kind = CitationKind.RESOLUTION;
        c.referenceId = "s-res-2254-2015";
        c.status = StoredCitation.Status.FOUND;
        c.targetType = StoredCitation.TargetType.RESOLUTION;
        c.targetId = "s-res-2254-2015";
        c.createdAt = Instant.now();
        repository.persist(c);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/resolutions/s-res-99999-2015/cited-by", "/api/v1/resolutions/s-res-99999-2015/cites",
            "/api/v1/charter/articles/112/cited-by", "/api/v1/charter/articles/27/paragraphs/9/cited-by",
            "/api/v1/charter/chapters/XX/cited-by", "/api/v1/vetoes/s-1-1/cited-by",
            "/api/v1/uniting-for-peace/referrals/s-res-2254-2015/cited-by", "/api/v1/emergency-special-sessions/99/cited-by" })
    void shouldAnswer404WhenTheCitedRecordDoesNotExist(String path) {
        given().filter(Contract.VALIDATOR)
                .when().get(path)
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void shouldAnswer400ForABadCursor() {
        given().filter(Contract.RESPONSES).queryParam("cursor", "bm90LWEtbnVtYmVy")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("cursor"));
    }
}
