package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;
import org.unref.citation.CitationRepository;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class StatementResourceTest {

    private static final String TEXT = "The Council must implement resolution 2254 (2015) and stop using the veto under "
            + "Article 27(3) of the Charter, as the tenth emergency special session showed.";

    @Inject
    StatementRepository statements;

    @Inject
    CitationRepository citations;

    @Inject
    EntityManager em;

    @Test
    void shouldCreateWithLocationAndStoreResolvedCitations() {
        Map<String, Object> body = Statements.statement(TEXT);
        String id = given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/statements")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesRegex(".*/api/v1/statements/[0-9]+$"))
                .body("title", equalTo(body.get("title")))
                .body("citationCount", equalTo(3))
                .body("citations.text", contains("resolution 2254 (2015)", "Article 27(3) of the Charter", "tenth emergency special session"))
                .body("citations.target.id", contains("s-res-2254-2015", "art-27-3", "10"))
                .body("citations[0].snippet", org.hamcrest.Matchers.containsString("implement resolution 2254 (2015) and"))
                .extract().path("id");

        given().filter(Contract.VALIDATOR).when().get("/api/v1/statements/" + id)
                .then().statusCode(200).body("text", equalTo(TEXT)).body("links.self", equalTo("/api/v1/statements/" + id));
        given().filter(Contract.VALIDATOR).when().get("/api/v1/statements/" + id + "/cites")
                .then().statusCode(200).body("target.type", contains("resolution", "charter", "emergency-session"));
        given().filter(Contract.VALIDATOR).when().get("/api/v1/emergency-special-sessions/10/cited-by")
                .then().statusCode(200).body("items.source.id", hasItem(id));
    }

    @Test
    void shouldListOnlyStatementsStoredOrReplacedSinceUpdatedSince() {
        String older = Statements.create(Statements.statement(TEXT));
        java.time.Instant start = java.time.Instant.now();
        String newer = Statements.create(Statements.statement(TEXT));
        given().filter(Contract.VALIDATOR).queryParam("updatedSince", start.toString()).queryParam("limit", 200)
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.id", hasItem(newer))
                .body("items.id", not(hasItem(older)));
        given().filter(Contract.RESPONSES).queryParam("updatedSince", "last week")
                .when().get("/api/v1/statements")
                .then().statusCode(400).body("errors.name", hasItem("updatedSince"));
    }

    @Test
    void shouldReplaceAndFindTheCitationsAgain() {
        Map<String, Object> body = Statements.statement(TEXT);
        String id = Statements.create(body);
        body.put("text", "Only resolution 2118 (2013) now.");
        body.put("kind", "speech");
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("kind", equalTo("speech"))
                .body("citations.target.id", contains("s-res-2118-2013"));
        given().filter(Contract.VALIDATOR).when().get("/api/v1/resolutions/s-res-2254-2015/cited-by?limit=200")
                .then().statusCode(200).body("items.source.id", not(hasItem(id)));
    }

    @Test
    void shouldSearchTheTextAsReplacedWhateverItsCaseAndScript() {
        Map<String, Object> body = Statements.statement("Les ÉTATS MEMBRES ont rappelé la résolution 2254 (2015) au sujet des OISEAUXLYRES.");
        String id = Statements.create(body);
        given().filter(Contract.VALIDATOR).queryParam("q", "états oiseauxlyres")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(id));

        body.put("text", "ГОСУДАРСТВА-ЧЛЕНЫ напомнили о резолюции 2254 (2015) и о ЖУРАВЛЯХКРАСНЫХ.");
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/statements/" + id)
                .then().statusCode(200);
        given().filter(Contract.VALIDATOR).queryParam("q", "журавляхкрасных")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(id));
        given().filter(Contract.VALIDATOR).queryParam("q", "oiseauxlyres")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().filter(Contract.VALIDATOR).queryParam("q", "журавляхкрасных").queryParam("collection", "statements")
                .when().get("/api/v1/search")
                .then().statusCode(200).body("items.id", contains(id));
    }

    @Test
    @Transactional
    void shouldLoadAStatementWithoutItsFoldedText() {
        String id = Statements.create(Statements.statement(TEXT));
        Statement loaded = statements.findById(Long.valueOf(id));
        PersistenceUnitUtil units = em.getEntityManagerFactory().getPersistenceUnitUtil();
        assertTrue(units.isLoaded(loaded, "text"));
        assertFalse(units.isLoaded(loaded, "searchText"), "the folded copy is for queries only; loading it doubles every read");
    }

    @Test
    void shouldDeleteTheStatementAndItsCitations() {
        String id = Statements.create(Statements.statement(TEXT));
        given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR)
                .when().delete("/api/v1/statements/" + id)
                .then().statusCode(204);
        given().filter(Contract.VALIDATOR).when().get("/api/v1/statements/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, citations.count("sourceType = ?1 and sourceId = ?2",
                org.unref.citation.StoredCitation.SourceType.STATEMENT, id));
    }

    @Test
    void shouldListNewestFirstWithFilters() {
        Map<String, Object> older = Statements.statement("An older text citing resolution 2118 (2013) about chemical weapons.");
        older.put("date", "2020-01-01");
        older.put("authorOrganization", "Filter Test Org " + older.get("title"));
        String olderId = Statements.create(older);
        Map<String, Object> newer = Statements.statement("A newer text about zebrafinches and resolution 2254 (2015).");
        newer.put("date", "2021-06-30");
        newer.put("authorOrganization", older.get("authorOrganization"));
        String newerId = Statements.create(newer);

        given().filter(Contract.VALIDATOR).queryParam("author", older.get("authorOrganization")).queryParam("count", "true")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .body("items.id", contains(newerId, olderId))
                .body("total", equalTo(2))
                .body("items.text", everyItem(equalTo(null)));
        given().filter(Contract.VALIDATOR).queryParam("author", older.get("authorOrganization")).queryParam("limit", "1")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(newerId)).header("Link", notNullValue());
        given().filter(Contract.VALIDATOR).queryParam("author", older.get("authorOrganization")).queryParam("cites", "UNSCR 2118")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(olderId));
        given().filter(Contract.VALIDATOR).queryParam("q", "ZEBRAFINCHES resolution")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(newerId));
        given().filter(Contract.VALIDATOR).queryParam("author", older.get("authorOrganization"))
                .queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(newerId));
        given().filter(Contract.VALIDATOR).queryParam("q", "100%_!")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void shouldPageThroughWithTheCursor() {
        Map<String, Object> a = Statements.statement("First.");
        String author = "Paging Org " + a.get("title");
        a.put("authorOrganization", author);
        Map<String, Object> b = Statements.statement("Second.");
        b.put("authorOrganization", author);
        String first = Statements.create(a);
        String second = Statements.create(b);
        String next = given().filter(Contract.VALIDATOR).queryParam("author", author).queryParam("limit", "1")
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(second)).extract().path("next");
        given().filter(Contract.VALIDATOR).queryParam("author", author).queryParam("limit", "1").queryParam("cursor", next)
                .when().get("/api/v1/statements")
                .then().statusCode(200).body("items.id", contains(first)).body("next", equalTo(null));
    }

    @Test
    void shouldStoreATextOfExactlyOneMegabyte() {
        String tail = " resolution 2254 (2015).";
        String text = "a".repeat(1024 * 1024 - tail.length()) + tail;
        String id = Statements.create(Statements.statement(text));
        given().when().get("/api/v1/statements/" + id)
                .then().statusCode(200)
                .body("text.length()", equalTo(1024 * 1024))
                .body("citations.target.id", contains("s-res-2254-2015"));
        String accents = "\u00e9".repeat(512 * 1024);
        String accented = Statements.create(Statements.statement(accents));
        given().when().get("/api/v1/statements/" + accented).then().statusCode(200).body("text", equalTo(accents));
    }

    @Test
    void shouldAnswer404ForUnknownStatement() {
        for (String id : new String[] { "999999999", "abc" }) {
            given().filter(Contract.VALIDATOR).when().get("/api/v1/statements/" + id)
                    .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        }
    }

    @Test
    void shouldRefuseAnUnknownCitesFilter() {
        given().filter(Contract.VALIDATOR).queryParam("cites", "the moon")
                .when().get("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("cites"));
    }
}
