package org.unref.meta;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.unref.common.Source;
import org.unref.resolution.Resolution;
import org.unref.testing.Contract;
import org.unref.veto.Veto;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CoverageResourceTest {

    @Inject
    EntityManager em;

    @Test
    void shouldShowNoGapFromResolution1ToTheEndOf2023() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/meta/coverage")
                .then().statusCode(200)
                .body("securityCouncil.first", equalTo(1))
                .body("securityCouncil.last", greaterThanOrEqualTo(2721))
                .body("securityCouncil.missing", hasSize(0))
                .body("securityCouncil.withText", greaterThanOrEqualTo(216))
                .body("securityCouncil.withMemberVotes", greaterThanOrEqualTo(213))
                .body("collections.securityCouncilResolutions", greaterThanOrEqualTo(2721))
                .body("collections.vetoes", greaterThanOrEqualTo(220))
                .body("newest.resolutions", greaterThanOrEqualTo("2023-12-22")) // General Assembly texts reach 2025
                .body("sources.type", hasItem("akn"))
                .body("sources.type", hasItem("dhl-meetings"))
                .body("years.find { it.year == 1946 }.resolutions", equalTo(15));
    }

    /**
     * The counts by source type come from one pass over each table: each must be that of the records naming the
     * type, counted here from the records themselves, in the order of {@link CoverageService#SOURCE_TYPES}.
     */
    @Test
    void shouldCountTheRecordsNamingEachSourceType() {
        List<Map<String, Object>> sources = given().when().get("/api/v1/meta/coverage").then().statusCode(200)
                .extract().path("sources");
        Map<String, long[]> expected = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("select r from Resolution r", Resolution.class).getResultStream().forEach(r -> r.sources.stream().map(Source::type).distinct()
                    .forEach(type -> expected.computeIfAbsent(type, t -> new long[2])[0]++));
            em.createQuery("select v from Veto v", Veto.class).getResultStream().forEach(v -> v.sources.stream().map(Source::type).distinct()
                    .forEach(type -> expected.computeIfAbsent(type, t -> new long[2])[1]++));
        });
        List<String> types = CoverageService.SOURCE_TYPES.stream().filter(expected::containsKey).toList();
        assertEquals(types, sources.stream().map(s -> s.get("type")).toList());
        for (Map<String, Object> source : sources) {
            long[] counts = expected.get((String) source.get("type"));
            assertEquals(counts[0], ((Number) source.get("resolutions")).longValue(), source.toString());
            assertEquals(counts[1], ((Number) source.get("vetoes")).longValue(), source.toString());
        }
    }

    /**
     * Each year's counts are those of the records, and a year after the last one with a Council resolution or a veto
     * shows null for it, not 0: the seed's General Assembly resolutions of 2024 and 2025 come after the last veto
     * and the last Council resolution it holds (2023), and no veto of those years is known to unref.
     */
    @Test
    void shouldCountEachYearAndLeaveTheYearsAfterACollectionEndsUnknown() {
        List<Map<String, Object>> years = given().filter(Contract.VALIDATOR).when().get("/api/v1/meta/coverage").then()
                .statusCode(200).body("newest.securityCouncilResolutions", greaterThanOrEqualTo("2023-12-29"))
                .extract().path("years");
        Map<Integer, long[]> expected = new java.util.TreeMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("select r from Resolution r", Resolution.class).getResultStream().forEach(r -> {
                long[] counts = expected.computeIfAbsent(r.year, y -> new long[3]);
                counts[0]++;
                counts[1] += "SC".equals(r.body) ? 1 : 0;
            });
            em.createQuery("select v from Veto v", Veto.class).getResultStream()
                    .forEach(v -> expected.computeIfAbsent(v.year, y -> new long[3])[2]++);
        });
        int lastCouncilYear = expected.entrySet().stream().filter(e -> e.getValue()[1] > 0).mapToInt(Map.Entry::getKey).max().orElseThrow();
        int lastVetoYear = expected.entrySet().stream().filter(e -> e.getValue()[2] > 0).mapToInt(Map.Entry::getKey).max().orElseThrow();
        assertEquals(List.copyOf(expected.keySet()), years.stream().map(y -> y.get("year")).toList());
        for (Map<String, Object> year : years) {
            int y = (Integer) year.get("year");
            long[] counts = expected.get(y);
            assertEquals(counts[0], ((Number) year.get("resolutions")).longValue(), year.toString());
            assertEquals(y > lastCouncilYear ? null : counts[1], asLong(year.get("securityCouncilResolutions")), year.toString());
            assertEquals(y > lastVetoYear ? null : counts[2], asLong(year.get("vetoes")), year.toString());
        }
        Map<String, Object> y2024 = years.stream().filter(y -> y.get("year").equals(2024)).findFirst().orElseThrow();
        assertEquals(null, y2024.get("vetoes"), y2024.toString());
        assertEquals(null, y2024.get("securityCouncilResolutions"), y2024.toString());
        Map<String, Object> y2023 = years.stream().filter(y -> y.get("year").equals(2023)).findFirst().orElseThrow();
        assertEquals(5L, asLong(y2023.get("vetoes")), y2023.toString());
    }

    private static Long asLong(Object count) {
        return count == null ? null : ((Number) count).longValue();
    }

    /** The fuzzer found coverage answering 304 where the contract did not say it could. */
    @Test
    void shouldAnswerAMatchingIfNoneMatchWith304AsTheContractSays() {
        String etag = given().when().get("/api/v1/meta/coverage").then().statusCode(200).extract().header("ETag");
        given().filter(Contract.VALIDATOR).header("If-None-Match", etag)
                .when().get("/api/v1/meta/coverage")
                .then().statusCode(304);
    }
}
