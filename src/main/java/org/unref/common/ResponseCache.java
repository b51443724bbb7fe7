package org.unref.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
 * Writes through the API (all of which need a key: {@link ResponseCacheFilters.Invalidation}) empty it. Changes this
 * instance does not see (another replica's writes on a shared PostgreSQL, an {@code import} run from the command
 * line) are picked up when an entry expires, after {@code unref.response-cache.ttl} at most. A generation number keeps
 * a read that began before a write from storing what it read after the write emptied the cache.
 */
@ApplicationScoped
public class ResponseCache {

    /** One stored answer: its bytes, media type, and the headers the resource and ConditionalGetFilter gave it. */
    public record Entry(byte[] body, MediaType type, Map<String, List<Object>> headers) {
    }

    private final boolean enabled;
    private final Cache<String, Entry> entries;
    private final AtomicLong generation = new AtomicLong();

    public ResponseCache(@ConfigProperty(name = "unref.response-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "unref.response-cache.ttl", defaultValue = "10s") Duration ttl,
            @ConfigProperty(name = "unref.response-cache.max-bytes", defaultValue = "16000000") long maxBytes) {
        this.enabled = enabled;
        entries = Caffeine.newBuilder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String key, Entry entry) -> key.length() + entry.body().length).build();
    }

    public boolean enabled() {
        return enabled;
    }

    public static String key(String rawPathAndQuery, String accept) {
        return rawPathAndQuery + '\n' + (accept == null ? "" : accept);
    }

    public Entry get(String key) {
        return entries.getIfPresent(key);
    }

    /** The generation to pass to {@link #put}: read it before reading the data the answer is made of. */
    public long generation() {
        return generation.get();
    }

    /** Stores the answer unless the data changed since {@code readGeneration}. */
    public void put(String key, Entry entry, long readGeneration) {
        if (generation.get() == readGeneration) {
            entries.put(key, entry);
            if (generation.get() != readGeneration) {
                entries.invalidate(key);
            }
        }
    }

    /** The data changed: forget every answer. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
