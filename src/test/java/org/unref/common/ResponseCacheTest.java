package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Answers served from the response cache are the answers the resources give, and a write through the API shows at once. */
@QuarkusTest
@TestProfile(ResponseCacheTest.CacheOn.class)
class ResponseCacheTest {

    public static class CacheOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unref.response-cache.enabled", "true", "unref.response-cache.ttl", "1h");
        }
    }

    @Inject
    ResponseCache cache;

    /** JSON-LD and CSV answers are kept under their own Accept, and a cached answer never goes out for another type. */
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/resolutions/s-res-2719-2023|application/ld+json",
        "/api/v1/charter/articles/27/paragraphs/3|application/ld+json", "/api/v1/vetoes?member=RU&limit=3|text/csv",
        "/api/v1/resolutions/s-res-2254-2015/cited-by|text/csv" })
    void shouldKeepEachRepresentationUnderItsOwnAccept(String pathAndType) {
        String path = pathAndType.split("\\|")[0];
        String type = pathAndType.split("\\|")[1];
        cache.invalidateAll();
        Response other = given().filter(Contract.VALIDATOR).accept(type).when().get(path).then().statusCode(200)
                .extract().response();
        assertNotNull(cache.get(ResponseCache.key(path, type)), "the " + type + " answer was not kept");
        Response json = given().filter(Contract.VALIDATOR).accept("application/json").when().get(path).then().statusCode(200)
                .contentType(ContentType.JSON).extract().response();
        Response otherAgain = given().filter(Contract.VALIDATOR).accept(type).when().get(path).then().statusCode(200)
                .extract().response();
        assertEquals(other.contentType(), otherAgain.contentType());
        assertEquals(true, otherAgain.contentType().startsWith(type), otherAgain.contentType());
        assertArrayEquals(other.asByteArray(), otherAgain.asByteArray());
        assertEquals(other.header("ETag"), otherAgain.header("ETag"));
        assertEquals(other.header("Link"), otherAgain.header("Link"));
        if (path.contains("cited-by")) {
            return; // not reference data: no ETag on either representation
        }
        assertNotEquals(other.header("ETag"), json.header("ETag"));
        given().accept(type).header("If-None-Match", other.header("ETag")).when().get(path).then().statusCode(304);
        given().accept("application/json").header("If-None-Match", other.header("ETag")).when().get(path).then().statusCode(200)
                .contentType(ContentType.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1", "/api/v1/resolutions/s-res-2254-2015", "/api/v1/charter/articles/27",
        "/api/v1/vetoes?member=RU", "/api/v1/resolutions?year=2015&limit=3", "/api/v1/resolutions/s-res-2254-2015/cited-by",
        "/api/v1/meta/coverage" })
    void shouldServeTheSameBytesAndRepresentationHeadersFromTheCache(String path) {
        cache.invalidateAll(); // the first answer below comes from the resource, the second from the cache
        Response first = given().filter(Contract.VALIDATOR).accept("application/json").when().get(path).then().statusCode(200)
                .contentType(ContentType.JSON).extract().response();
        assertNotNull(cache.get(ResponseCache.key(path, "application/json")), "the first answer was not kept");
        Response second = given().filter(Contract.VALIDATOR).accept("application/json").when().get(path).then().statusCode(200)
                .contentType(ContentType.JSON).header("RateLimit-Remaining", notNullValue())
                .header("X-Request-Id", notNullValue()).extract().response();
        assertArrayEquals(first.asByteArray(), second.asByteArray());
        for (String header : new String[] { "Content-Type", "ETag", "Cache-Control", "Vary", "Link" }) {
            assertEquals(first.header(header), second.header(header), header);
        }
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"));
    }

    @Test
    void shouldAnswer304FromTheCacheForTheSameETag() {
        String path = "/api/v1/charter/articles/27";
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().when().get(path).then().statusCode(200).header("ETag", equalTo(etag));
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void shouldShowAStatementInCitedByRightAfterItIsWrittenAndDeleted() {
        String path = "/api/v1/resolutions/s-res-2118-2013/cited-by";
        given().queryParam("limit", "200").when().get(path).then().statusCode(200);
        String id = given().filter(Contract.VALIDATOR).header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body("{\"title\": \"Cache test\", \"date\": \"2024-03-01\", \"kind\": \"speech\", \"sourceUrl\": "
                        + "\"https://example.org/cache/" + UUID.randomUUID() + "\", \"text\": \"We recall resolution 2118 (2013).\"}")
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("id");
        given().filter(Contract.VALIDATOR).queryParam("limit", "200").when().get(path)
                .then().statusCode(200).body("items.source.id", hasItem(id));
        given().header("Authorization", "Bearer dev-editor-key").when().delete("/api/v1/statements/" + id)
                .then().statusCode(204);
        given().filter(Contract.VALIDATOR).queryParam("limit", "200").when().get(path)
                .then().statusCode(200).body("items.source.id", not(hasItem(id)));
    }

    @Test
    void shouldKeepAnswersApartByAccept() {
        given().accept("text/csv").when().get("/api/v1/charter/articles/27").then().statusCode(406);
        given().accept(ContentType.JSON).when().get("/api/v1/charter/articles/27").then().statusCode(200);
        given().accept("text/csv").when().get("/api/v1/charter/articles/27").then().statusCode(406);
    }

    /** Sixteen clients asking for one missing answer at once: it is made once, and all get the same bytes. */
    @Test
    void shouldMakeAMissingAnswerOnceForConcurrentReaders() throws Exception {
        cache.invalidateAll();
        String path = "/api/v1/vetoes?member=RU&limit=17";
        long before = cache.answersMade();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<byte[]>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().accept("application/json").when().get(path).then().statusCode(200).extract().asByteArray();
                }));
            }
            start.countDown();
            byte[] first = answers.get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
            for (java.util.concurrent.Future<byte[]> answer : answers) {
                assertArrayEquals(first, answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, cache.answersMade() - before, "answers made for 16 concurrent readers of one missing key");
    }

    /** A statement write drops the cited-by lists it changes and keeps the reference data; other writes drop everything. */
    @Test
    void shouldKeepReferenceDataCachedAcrossAStatementWrite() {
        String record = "/api/v1/resolutions/s-res-2118-2013";
        String citedBy = "/api/v1/resolutions/s-res-2118-2013/cited-by?limit=200";
        cache.invalidateAll();
        given().accept("application/json").when().get(record).then().statusCode(200);
        given().accept("application/json").when().get(citedBy).then().statusCode(200);
        assertNotNull(cache.get(ResponseCache.key(record, "application/json")));
        assertNotNull(cache.get(ResponseCache.key(citedBy, "application/json")));
        String id = given().header("Authorization", "Bearer dev-editor-key").contentType(ContentType.JSON)
                .body("{\"title\": \"Cache scope test\", \"date\": \"2024-03-01\", \"kind\": \"speech\", \"sourceUrl\": "
                        + "\"https://example.org/cache-scope/" + UUID.randomUUID() + "\", \"text\": \"We recall resolution 2118 (2013).\"}")
                .when().post("/api/v1/statements").then().statusCode(201).extract().path("id");
        assertNotNull(cache.get(ResponseCache.key(record, "application/json")), "the resolution's record stays cached");
        assertNull(cache.get(ResponseCache.key(citedBy, "application/json")), "its cited-by list is dropped");
        long made = cache.answersMade();
        given().accept("application/json").when().get(record).then().statusCode(200);
        assertEquals(made, cache.answersMade(), "the record came from the cache");
        given().filter(Contract.VALIDATOR).accept("application/json").when().get(citedBy).then().statusCode(200)
                .body("items.source.id", hasItem(id));
        given().header("Authorization", "Bearer dev-editor-key").when().delete("/api/v1/statements/" + id).then().statusCode(204);
        given().accept("application/json").when().get(citedBy).then().statusCode(200).body("items.source.id", not(hasItem(id)));
        assertNotNull(cache.get(ResponseCache.key(record, "application/json")));
        given().header("Authorization", "Bearer dev-admin-key").when().post("/api/v1/citations/refresh-index")
                .then().statusCode(204);
        assertNull(cache.get(ResponseCache.key(record, "application/json")), "any other write drops the reference data too");
    }
}
