package org.unref.change;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.unref.charter.CharterProvision;
import org.unref.charter.CharterRepository;
import org.unref.resolution.ResolutionRepository;
import org.unref.testing.Contract;
import org.unref.unitingforpeace.EmergencySessionRepository;
import org.unref.unitingforpeace.ReferralRepository;
import org.unref.veto.VetoRepository;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ChangeResourceTest {

    private static final String EDITOR = "Bearer dev-editor-key";

    @Inject
    ChangeRepository changes;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    VetoRepository vetoes;

    @Inject
    EmergencySessionRepository sessions;

    @Inject
    ReferralRepository referrals;

    @Inject
    CharterRepository charter;

    @Test
    void shouldStartWithTheSeedAsOneCreatedEntryPerRecord() {
        given().filter(Contract.VALIDATOR).queryParam("limit", 3)
                .when().get("/api/v1/changes")
                .then().statusCode(200)
                .header("Link", matchesRegex("</api/v1/changes\\?.*cursor=[A-Za-z0-9_-]+.*>; rel=\"next\""))
                .body("items.sequence", contains(1, 2, 3))
                .body("items.kind", contains("created", "created", "created"))
                .body("items[0].collection", equalTo("charter"));
        assertEquals(resolutions.count(), seeded("resolutions"), "one created entry per resolution");
        assertEquals(vetoes.count(), seeded("vetoes"));
        assertEquals(sessions.count(), seeded("emergency-special-sessions"));
        assertEquals(referrals.count(), seeded("referrals"));
        // the preamble, 19 chapters, 111 articles and every numbered paragraph and lettered item, by the ids their routes use
        Set<String> served = new HashSet<>(List.of("preamble"));
        charter.listChapters().forEach(c -> served.add(c.numeral));
        charter.listArticles().forEach(a -> served.add("art-" + a.number));
        charter.listProvisions().stream()
                .filter(p -> p.kind == CharterProvision.Kind.PARAGRAPH || p.kind == CharterProvision.Kind.ITEM)
                .forEach(p -> served.add(p.id));
        Set<String> logged = new HashSet<>(changes.find("collection = 'charter' and kind = 'created'").stream()
                .map(c -> c.recordId).toList());
        assertEquals(1 + 19 + 111 + 129 + 24, served.size());
        assertEquals(served, logged);
    }

    private long seeded(String collection) {
        return changes.count("collection = ?1 and kind = 'created'", collection)
                - changes.count("collection = ?1 and kind = 'deleted'", collection);
    }

    @Test
    void shouldLinkEachChangeToItsRecord() {
        long position = changes.find("collection = 'resolutions' and recordId = 's-res-2254-2015' and kind = 'created'")
                .firstResult().seq;
        given().filter(Contract.VALIDATOR).queryParam("since", position - 1).queryParam("limit", 1)
                .when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items[0].id", equalTo("s-res-2254-2015"))
                .body("items[0].link", equalTo("/api/v1/resolutions/s-res-2254-2015"));
        String paragraph = given().when().get("/api/v1/changes?limit=200").then().statusCode(200)
                .extract().path("items.find { it.id == 'art-27-3' }.link");
        assertEquals("/api/v1/charter/articles/27/paragraphs/3", paragraph);
    }

    @Test
    void shouldListCreateUpdateAndDeleteOfAStatementInOrder() {
        long before = last();
        Instant start = Instant.now();
        Map<String, Object> body = statement();
        String id = given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("id");
        body.put("kind", "speech");
        given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/statements/" + id).then().statusCode(200);
        given().header("Authorization", EDITOR).when().delete("/api/v1/statements/" + id).then().statusCode(204);

        given().filter(Contract.VALIDATOR).queryParam("since", before)
                .when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items.sequence", contains((int) before + 1, (int) before + 2, (int) before + 3))
                .body("items.kind", contains("created", "updated", "deleted"))
                .body("items.collection", contains("statements", "statements", "statements"))
                .body("items.id", contains(id, id, id))
                .body("items[0].link", equalTo("/api/v1/statements/" + id))
                .body("items[2].link", nullValue())
                .body("next", nullValue());
        // by time: the same three (nothing else writes while the tests run)
        given().filter(Contract.VALIDATOR).queryParam("since", start.toString())
                .when().get("/api/v1/changes")
                .then().statusCode(200).body("items.id", contains(id, id, id));
    }

    @Test
    void shouldNeitherLoseNorReorderConcurrentWrites() throws Exception {
        long before = last();
        int writers = 4;
        int each = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            results.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    ids.add(given().header("Authorization", EDITOR).contentType(ContentType.JSON).body(statement())
                            .when().post("/api/v1/statements").then().statusCode(201).extract().path("id"));
                }
                return ids;
            }));
        }
        Set<String> written = new HashSet<>();
        for (Future<List<String>> f : results) {
            written.addAll(f.get());
        }
        pool.shutdown();

        List<Long> sequences = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().filter(Contract.VALIDATOR).queryParam("since", before).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/changes").then().statusCode(200).extract().response();
            List<Number> seq = page.path("items.sequence");
            seq.forEach(n -> sequences.add(n.longValue()));
            ids.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);

        assertEquals(writers * each, written.size());
        assertEquals(written, new HashSet<>(ids), "every write has its entry");
        assertEquals(written.size(), ids.size(), "and only one");
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(before + 1 + i, sequences.get(i), "positions follow each other without gaps");
        }
    }

    @Test
    void shouldCountWhenAsked() {
        long before = last();
        given().filter(Contract.VALIDATOR).queryParam("since", before - 4).queryParam("count", true)
                .when().get("/api/v1/changes")
                .then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void shouldRefuseABadSinceOrCursorWith400() {
        for (String since : List.of("yesterday", "2024-13-01", "-5", "1.5")) {
            given().filter(Contract.RESPONSES).queryParam("since", since)
                    .when().get("/api/v1/changes")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.name", hasItem("since"));
        }
        given().filter(Contract.RESPONSES).queryParam("cursor", "bm90LWEtbnVtYmVy")
                .when().get("/api/v1/changes")
                .then().statusCode(400).body("errors.name", hasItem("cursor"));
        given().filter(Contract.RESPONSES).queryParam("limit", 201)
                .when().get("/api/v1/changes")
                .then().statusCode(400).body("errors.name", hasItem("limit"));
    }

    @Test
    void shouldAnswerAnEmptyPageAfterTheLastPosition() {
        given().filter(Contract.VALIDATOR).queryParam("since", last())
                .when().get("/api/v1/changes")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("next", nullValue());
    }

    private long last() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> changes.getEntityManager().createQuery("select max(c.seq) from Change c", Long.class).getSingleResult());
    }

    private static Map<String, Object> statement() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Change log test " + UUID.randomUUID());
        body.put("authorOrganization", "unref tests");
        body.put("date", "2024-02-20");
        body.put("kind", "press-release");
        body.put("language", "en");
        body.put("text", "A test statement written by the unref team, recalling resolution 2254 (2015).");
        return body;
    }
}
