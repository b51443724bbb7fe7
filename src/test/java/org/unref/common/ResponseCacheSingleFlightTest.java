package org.unref.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

/** A missing answer is made once while other readers of the same key wait for it, and a lost leader does not block them. */
class ResponseCacheSingleFlightTest {

    private static final ResponseCache.Entry ANSWER = new ResponseCache.Entry("{}".getBytes(StandardCharsets.UTF_8),
            MediaType.APPLICATION_JSON_TYPE, Map.of());

    private static ResponseCache cache(Duration maxWait) {
        return new ResponseCache(true, Duration.ofHours(1), 1_000_000, maxWait);
    }

    @Test
    void shouldLetOneReaderMakeTheAnswerWhileTheOthersWaitForIt() throws Exception {
        ResponseCache cache = cache(Duration.ofSeconds(30));
        ResponseCache.Found leader = cache.find("k", true, false);
        assertTrue(leader.leader());
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResponseCache.Found>> waiting = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                waiting.add(readers.submit(() -> cache.find("k", true, false)));
            }
            Thread.sleep(200); // they are waiting, not making their own
            assertFalse(waiting.stream().anyMatch(Future::isDone), "a reader did not wait for the leader");
            cache.put("k", ANSWER, false, cache.generation(false));
            cache.finish("k", leader.lead(), ANSWER);
            for (Future<ResponseCache.Found> found : waiting) {
                assertSame(ANSWER, found.get(10, TimeUnit.SECONDS).entry());
                assertFalse(found.get().leader());
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(1, cache.answersMade());
        assertSame(ANSWER, cache.find("k", true, false).entry());
    }

    @Test
    void shouldLetWaitingReadersMakeTheirOwnWhenTheLeaderHasNoAnswerToShare() throws Exception {
        ResponseCache cache = cache(Duration.ofSeconds(30));
        ResponseCache.Found leader = cache.find("k", true, false);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<ResponseCache.Found> waiting = reader.submit(() -> cache.find("k", true, false));
            Thread.sleep(100);
            cache.finish("k", leader.lead(), null); // an error or a 304: nothing to share
            ResponseCache.Found found = waiting.get(10, TimeUnit.SECONDS);
            assertNull(found.entry());
            assertFalse(found.leader());
        } finally {
            reader.shutdownNow();
        }
        assertEquals(2, cache.answersMade());
        assertTrue(cache.find("k", true, false).leader(), "the key is free again");
    }

    @Test
    void shouldNotWaitOnAnEventLoopAndShouldReplaceALeaderThatNeverFinished() {
        ResponseCache cache = cache(Duration.ofMillis(300));
        ResponseCache.Found lost = cache.find("k", true, false);
        ResponseCache.Found eventLoop = cache.find("k", false, false);
        assertNull(eventLoop.entry());
        assertFalse(eventLoop.leader());
        long start = System.nanoTime();
        ResponseCache.Found follower = cache.find("k", true, false); // waits out what is left of the limit, then makes its own
        assertNull(follower.entry());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "waited past the limit");
        ResponseCache.Found next = cache.find("k", true, false);
        assertTrue(next.leader(), "a leader lost for longer than the limit is replaced");
        cache.finish("k", lost.lead(), null); // the lost leader's late finish leaves the new one in place
        ResponseCache.Found behind = cache.find("k", false, false);
        assertFalse(behind.leader());
    }

    @Test
    void shouldRemakeAnAgingAnswerOnceWhileServingTheStoredOne() throws Exception {
        // Wide margins on both sides of half the time-to-live, so a stalled test machine cannot let the entry expire.
        ResponseCache cache = new ResponseCache(true, Duration.ofSeconds(6), 1_000_000, Duration.ofSeconds(30));
        ResponseCache.Found first = cache.find("k", true, false);
        cache.put("k", ANSWER, false, cache.generation(false));
        cache.finish("k", first.lead(), ANSWER);
        assertSame(ANSWER, cache.find("k", true, false).entry(), "fresh: served");
        Thread.sleep(3_500); // past half the time-to-live (3 s), well before its end (6 s)
        ResponseCache.Found refresher = cache.find("k", true, false);
        assertTrue(refresher.leader(), "one reader remakes it");
        ResponseCache.Found other = cache.find("k", true, false);
        assertSame(ANSWER, other.entry(), "the others get the stored answer without waiting");
        assertFalse(other.leader());
        assertEquals(2, cache.answersMade());
    }

    @Test
    void shouldDropOnlyTheAnswersThatListStatementsOnAStatementWrite() {
        ResponseCache cache = cache(Duration.ofSeconds(30));
        cache.put("reference", ANSWER, false, cache.generation(false));
        cache.put("cited-by", ANSWER, true, cache.generation(true));
        cache.invalidateStatements();
        assertSame(ANSWER, cache.get("reference"), "reference data stays");
        assertNull(cache.get("cited-by"), "a list of statements goes");
        cache.put("cited-by", ANSWER, true, cache.generation(true));
        cache.invalidateAll();
        assertNull(cache.get("reference"));
        assertNull(cache.get("cited-by"));
    }

    @Test
    void shouldNotStoreWhatWasReadBeforeAWriteToTheDataItIsMadeOf() {
        ResponseCache cache = cache(Duration.ofSeconds(30));
        long statements = cache.generation(true);
        long reference = cache.generation(false);
        cache.invalidateStatements();
        cache.put("cited-by", ANSWER, true, statements);
        cache.put("reference", ANSWER, false, reference);
        assertNull(cache.get("cited-by"), "read before the statement write: not kept");
        assertSame(ANSWER, cache.get("reference"), "a statement write does not touch what reference answers are made of");
        long again = cache.generation(false);
        cache.invalidateAll();
        cache.put("other", ANSWER, false, again);
        assertNull(cache.get("other"), "read before a reference write: not kept");
    }

    @Test
    void shouldNotLetAReaderAfterAWriteWaitForALeaderThatReadBeforeIt() {
        ResponseCache cache = cache(Duration.ofSeconds(30));
        ResponseCache.Found before = cache.find("cited-by", true, true);
        ResponseCache.Found reference = cache.find("reference", true, false);
        assertTrue(before.leader());
        cache.invalidateStatements();
        ResponseCache.Found after = cache.find("cited-by", true, true); // would wait 30 s for the old leader
        assertTrue(after.leader(), "a reader after the write makes a fresh answer");
        assertFalse(cache.find("reference", false, false).leader(), "the reference leader is still the one at work");
        cache.finish("cited-by", before.lead(), ANSWER);
        cache.finish("reference", reference.lead(), ANSWER);
        cache.finish("cited-by", after.lead(), ANSWER);
    }
}
