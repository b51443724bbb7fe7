package org.unref.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.unref.change.Change;
import org.unref.importing.JsonLines;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A seed that changes a resolution's text or votes (served as part of the resolution) changes the resolution: its
 * updatedAt moves, so updatedSince finds it, and the change log has it; a seed equal to what is stored changes nothing.
 */
@QuarkusTest
class ResolutionSeedChangeTest {

    private static final String ID = "s-res-2719-2023";

    @Inject
    ResolutionTextSeeder texts;

    @Inject
    ResolutionVotesSeeder votes;

    @Inject
    ResolutionService service;

    @Inject
    JsonLines jsonLines;

    @Inject
    EntityManager em;

    private <R> R seedOf(String resource, Class<R> type, java.util.function.Function<R, String> symbol) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            return jsonLines.read(in.readAllBytes(), type, resource).stream()
                    .filter(r -> symbol.apply(r).equals("S/RES/2719 (2023)")).findFirst().orElseThrow();
        }
    }

    private Instant updatedAt() {
        return QuarkusTransaction.requiringNew().call(() -> em.find(Resolution.class, ID).updatedAt);
    }

    private long lastSeq() {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select coalesce(max(c.seq), 0) from Change c", Long.class).getSingleResult());
    }

    private List<Change> changesAfter(long seq) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("from Change c where c.seq > :seq order by c.seq", Change.class).setParameter("seq", seq).getResultList());
    }

    private boolean foundByUpdatedSince(Instant since) {
        return QuarkusTransaction.requiringNew().call(() -> service.list(
                new ResolutionFilter(null, 2023, null, null, null, null, null, null, since), null, 200, false)
                .items().stream().anyMatch(r -> r.id().equals(ID)));
    }

    @Test
    void shouldBumpUpdatedAtAndLogAChangeWhenTheSeedChangesATextAndNothingWhenItIsEqual() throws Exception {
        ResolutionTextSeed original = seedOf("seed/resolution_texts.jsonl", ResolutionTextSeed.class, ResolutionTextSeed::symbol);
        List<TextParagraph> paragraphs = new ArrayList<>(original.paragraphs());
        TextParagraph first = paragraphs.get(0);
        paragraphs.set(0, new TextParagraph(first.id(), first.eId(), first.kind(), first.number(), first.parentId(),
                first.text() + " (changed by a test)", first.links()));
        ResolutionTextSeed changed = new ResolutionTextSeed(original.symbol(), original.sponsors(), original.sources(), paragraphs);
        try {
            Instant before = updatedAt();
            long seq = lastSeq();
            Thread.sleep(5); // the clock must be able to show a later instant
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> texts.upsert(List.of(changed))));
            Instant after = updatedAt();
            assertTrue(after.isAfter(before), before + " then " + after);
            assertTrue(foundByUpdatedSince(before.plusNanos(1_000)), "updatedSince does not find the changed text");
            List<Change> logged = changesAfter(seq);
            assertEquals(1, logged.size(), "change log: " + logged.size());
            assertEquals("updated", logged.get(0).kind);
            assertEquals("resolutions", logged.get(0).collection);
            assertEquals(ID, logged.get(0).recordId);
        } finally {
            QuarkusTransaction.requiringNew().call(() -> texts.upsert(List.of(original)));
        }
        Instant restored = updatedAt();
        long seq = lastSeq();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> texts.upsert(List.of(original))), "an equal text was rewritten");
        assertEquals(restored, updatedAt());
        assertEquals(List.of(), changesAfter(seq));
    }

    @Test
    void shouldBumpUpdatedAtAndLogAChangeWhenTheSeedChangesVotesAndNothingWhenTheyAreEqual() throws Exception {
        ResolutionVotesSeed original = seedOf("seed/resolution_votes.jsonl", ResolutionVotesSeed.class, ResolutionVotesSeed::symbol);
        List<MemberVoteValue> members = new ArrayList<>(original.members());
        MemberVoteValue first = members.get(0);
        members.set(0, new MemberVoteValue(first.code(), first.name(), "yes".equals(first.vote()) ? "abstain" : "yes"));
        ResolutionVotesSeed changed = new ResolutionVotesSeed(original.symbol(), members, original.sources());
        try {
            Instant before = updatedAt();
            long seq = lastSeq();
            Thread.sleep(5);
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> votes.upsert(List.of(changed))));
            assertTrue(updatedAt().isAfter(before));
            assertTrue(foundByUpdatedSince(before.plusNanos(1_000)), "updatedSince does not find the changed votes");
            List<Change> logged = changesAfter(seq);
            assertEquals(List.of(ID), logged.stream().map(c -> c.recordId).toList());
            assertEquals("updated", logged.get(0).kind);
        } finally {
            QuarkusTransaction.requiringNew().call(() -> votes.upsert(List.of(original)));
        }
        Instant restored = updatedAt();
        long seq = lastSeq();
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> votes.upsert(List.of(original))));
        assertEquals(restored, updatedAt());
        assertEquals(List.of(), changesAfter(seq));
    }
}
