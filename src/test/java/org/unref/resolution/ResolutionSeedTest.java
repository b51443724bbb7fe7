package org.unref.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.unref.common.Vote;
import org.unref.testing.SharedData;

import io.quarkus.test.junit.QuarkusTest;

/** The resolutions seed is complete, carries its corrections of the sources, and agrees with them elsewhere. */
@QuarkusTest
class ResolutionSeedTest {

    private static final int LAST_OF_2023 = 2721;

    @Inject
    ResolutionRepository repository;

    private Resolution sc(int number) {
        return repository.find("body = 'SC' and number = ?1", String.valueOf(number)).firstResult();
    }

    @Test
    void shouldHoldEverySecurityCouncilResolutionFrom1ToTheLastOf2023() {
        Set<String> numbers = repository.find("body", "SC").list().stream().map(r -> r.number).collect(Collectors.toSet());
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= LAST_OF_2023; n++) {
            if (!numbers.contains(String.valueOf(n))) {
                missing.add(n);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(LAST_OF_2023, numbers.size());
    }

    @Test
    void shouldHoldTheProceduralGeneralAssemblyResolutions() {
        for (String id : List.of("a-res-377-v", "a-res-76-262", "a-res-es-11-1")) {
            assertTrue(repository.findByIdOptional(id).isPresent(), id);
        }
    }

    @Test
    void everyResolutionHasASourceAndAnOdsLink() {
        for (Resolution r : repository.listAll()) {
            assertFalse(r.sources.isEmpty(), r.id);
            assertTrue(r.sources.stream().anyMatch(s -> "ods".equals(s.type())), r.id);
        }
    }

    @Test
    void shouldKeepTheDhlDuplicateNumbersCorrected() {
        assertEquals(LocalDate.of(1990, 9, 13), sc(666).adoptionDate);
        assertEquals("S/PV.2939", sc(666).meetingRecord);
        assertEquals(LocalDate.of(1990, 8, 14), sc(663).adoptionDate);
        assertEquals(LocalDate.of(1991, 5, 30), sc(695).adoptionDate);
        assertEquals(LocalDate.of(1991, 7, 31), sc(701).adoptionDate);
    }

    @Test
    void shouldKeepTheDhlYearErrorsCorrected() {
        assertEquals("S/RES/207 (1965)", sc(207).symbol);
        assertEquals(1965, sc(207).year);
        assertEquals("S/RES/770 (1992)", sc(770).symbol);
        assertEquals(1992, sc(770).year);
    }

    @Test
    void shouldDate462ByItsResumedMeeting() {
        assertEquals(LocalDate.of(1980, 1, 9), sc(462).adoptionDate);
    }

    @Test
    void shouldFile303UnderIndiaPakistanNotAdmission() {
        assertTrue(sc(303).topic.contains("India/Pakistan"), sc(303).topic);
    }

    @Test
    void shouldNotInventTalliesForEarlyUnanimousResolutions() {
        Resolution fifteen = sc(15);
        assertEquals(Vote.Method.UNANIMOUS, fifteen.vote.method);
        assertNull(fifteen.vote.yes);
        assertEquals(Vote.Method.WITHOUT_VOTE, sc(1).vote.method);
    }

    @Test
    void shouldKeepVoteCountsWithinTheCouncilsSize() {
        for (Resolution r : repository.find("body", "SC").list()) {
            if (r.vote != null && r.vote.yes != null) {
                int size = r.year < 1966 ? 11 : 15;
                int cast = r.vote.yes + nz(r.vote.no) + nz(r.vote.abstain) + nz(r.vote.nonVoting);
                assertTrue(cast <= size, r.symbol + " has " + cast + " votes for a Council of " + size);
            }
        }
    }

    /** Where the DHL table is right, the seed says what it says: dates and meetings of every row not corrected. */
    @Test
    void shouldAgreeWithTheDhlTablesWhereTheyAreRight() {
        Set<String> corrected = Set.of("462", "663", "666", "695", "701", "207", "770", "771");
        Map<String, Resolution> byNumber = new HashMap<>();
        repository.find("body", "SC").list().forEach(r -> byNumber.put(r.number, r));
        int compared = 0;
        for (Map<String, String> row : SharedData.csv("data/dhl/dhl_sc_resolutions_from_meeting_tables_1946-2022.csv")) {
            String number = row.get("resolution");
            Resolution r = byNumber.get(number);
            if (corrected.contains(number) || r == null || row.get("date").isEmpty() || r.notes.size() > 0) {
                continue;
            }
            assertEquals(LocalDate.parse(row.get("date")), r.adoptionDate, "date of " + number);
            assertEquals(row.get("meeting_record").strip(), r.meetingRecord, "meeting of " + number);
            compared++;
        }
        assertTrue(compared > 2400, "compared only " + compared);
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
