package org.unref.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The serialized answers of {@link CachedReads} resources, keyed by path, query and {@code Accept}, so a repeated read
 * costs neither a query nor serialization nor an ETag digest.
 *
 * <p>
 * Writes through the API (all of which need a key: {@link ResponseCacheFilters.Invalidation}) empty it; a statement
 * write drops only the answers that list statements ({@link ListsStatements}), so the reference data stays cached
 * under a steady flow of statements. Changes this
 * instance does not see (another replica's writes on a shared PostgreSQL, an {@code import} run from the command
 * line) are picked up when an entry expires, after {@code unref.response-cache.ttl} at most. A generation number keeps
 * a read that began before a write from storing what it read after the write emptied the cache, and a reader that
 * comes after a write never waits for a leader that began before it.
 *
 * <p>
 * A missing answer is made once, not once per waiting client: the first reader of a key leads, and readers of the
 * same key that come while it works wait for its answer ({@link #find}). Without this, every expiry under 64
 * connections started 64 identical queries at once, and a list that takes 100 ms alone took seconds for all of them.
 * And an answer is remade before it expires: once it is half its time-to-live old, one reader remakes it while the
 * others are still served the stored one, so under steady reads nobody waits for a query at all.
 */
@ApplicationScoped
public class ResponseCache {

    /** One stored answer: its bytes, media type, and the headers the resource and ConditionalGetFilter gave it. */
    public record Entry(byte[] body, MediaType type, Map<String, List<Object>> headers) {
    }

    /**
     * What a reader of a key found: the stored answer; or none, and it is to make it (it holds the {@code lead} and must
     * then call {@link #finish}); or none, and it makes its own without leading (the leader was too slow, or it may
     * not wait).
     */
    public record Found(Entry entry, Lead lead) {

        public boolean leader() {
            return lead != null;
        }
    }

    /** A leader at work, and since when: one that never finished (a lost request) is replaced after the wait limit. */
    public static final class Lead {
        private final CompletableFuture<Entry> answer = new CompletableFuture<>();
        private final long startedNanos;
        private final boolean listsStatements;

        private Lead(long startedNanos, boolean listsStatements) {
            this.startedNanos = startedNanos;
            this.listsStatements = listsStatements;
        }
    }

    private final boolean enabled;
    /** An answer, when it was made (to remake it from half its time-to-live on), and whether it lists statements. */
    private record Stored(Entry entry, long madeNanos, boolean listsStatements) {
    }

    private final Cache<String, Stored> entries;
    private final long refreshNanos;
    /** Moved by every write: answers that list statements are checked against it. */
    private final AtomicLong generation = new AtomicLong();
    /** Moved by writes other than statement writes: the other answers are checked against it. */
    private final AtomicLong referenceGeneration = new AtomicLong();
    private final Map<String, Lead> inFlight = new ConcurrentHashMap<>();
    private final long waitNanos;
    /** How many answers were made afresh (by leaders and by readers that did not wait): the cost the cache did not save. */
    private final LongAdder made = new LongAdder();

    public ResponseCache(@ConfigProperty(name = "unref.response-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "unref.response-cache.ttl", defaultValue = "10s") Duration ttl,
            @ConfigProperty(name = "unref.response-cache.max-bytes", defaultValue = "16000000") long maxBytes,
            @ConfigProperty(name = "unref.response-cache.max-wait", defaultValue = "5s") Duration maxWait) {
        this.enabled = enabled;
        this.waitNanos = maxWait.toNanos();
        this.refreshNanos = ttl.toNanos() / 2;
        entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String key, Stored stored) -> key.length() + stored.entry().body().length).build();
    }

    public boolean enabled() {
        return enabled;
    }

    public static String key(String rawPathAndQuery, String accept) {
        return rawPathAndQuery + '\n' + (accept == null ? "" : accept);
    }

    public Entry get(String key) {
        Stored stored = entries.getIfPresent(key);
        return stored == null ? null : stored.entry();
    }

    /**
     * The stored answer for {@code key}, or the duty to make it. When another reader is already making it, waits for
     * its answer if {@code mayWait} (never on an event loop), at most {@code unref.response-cache.max-wait}.
     */
    public Found find(String key, boolean mayWait, boolean listsStatements) {
        Stored stored = entries.getIfPresent(key);
        long now = System.nanoTime();
        if (stored != null && now - stored.madeNanos() < refreshNanos) {
            return new Found(stored.entry(), null);
        }
        Lead mine = new Lead(now, listsStatements);
        Lead running = inFlight.compute(key, (k, current) -> current == null || now - current.startedNanos > waitNanos ? mine : current);
        if (running == mine) {
            made.increment();
            return new Found(null, mine);
        }
        if (stored != null) {
            return new Found(stored.entry(), null); // being remade: this one is still good
        }
        Entry answer = mayWait ? await(running, now) : null;
        if (answer == null) {
            made.increment();
        }
        return new Found(answer, null);
    }

    private Entry await(Lead running, long now) {
        try {
            return running.answer.get(Math.max(0, waitNanos - (now - running.startedNanos)), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Answers made afresh since the start, rather than served from the cache or from a leader's work. */
    public long answersMade() {
        return made.sum();
    }

    /** The leader of {@code key} is done: its waiting readers get {@code answer}, or make their own if it is null. */
    public void finish(String key, Lead lead, Entry answer) {
        inFlight.remove(key, lead);
        lead.answer.complete(answer);
    }

    /** The generation to pass to {@link #put}: read it before reading the data the answer is made of. */
    public long generation(boolean listsStatements) {
        return (listsStatements ? generation : referenceGeneration).get();
    }

    /** Stores the answer unless the data it is made of changed since {@code readGeneration}. */
    public void put(String key, Entry entry, boolean listsStatements, long readGeneration) {
        AtomicLong current = listsStatements ? generation : referenceGeneration;
        if (current.get() == readGeneration) {
            entries.put(key, new Stored(entry, System.nanoTime(), listsStatements));
            if (current.get() != readGeneration) {
                entries.invalidate(key);
            }
        }
    }

    /** The data changed: forget every answer. */
    public void invalidateAll() {
        referenceGeneration.incrementAndGet();
        generation.incrementAndGet();
        inFlight.clear();
        entries.invalidateAll();
    }

    /** Statements (and so their citations) changed: forget the answers that list them. */
    public void invalidateStatements() {
        generation.incrementAndGet();
        inFlight.values().removeIf(lead -> lead.listsStatements);
        entries.asMap().values().removeIf(Stored::listsStatements);
    }
}
