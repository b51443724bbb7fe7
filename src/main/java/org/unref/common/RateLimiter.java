package org.unref.common;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Fixed-window request counting per client (its API key, else its address): a client may make
 * {@code unref.rate-limit.requests} requests per window of {@code unref.rate-limit.window}. Windows are
 * aligned to the clock, so every replica resets at the same instant and the headers are easy to read.
 */
@ApplicationScoped
public class RateLimiter {

    /** What a request may learn about its budget: the limit, what is left, and seconds until the window resets. */
    public record Budget(int limit, int remaining, long resetSeconds, boolean allowed) {
    }

    private record Window(long start, AtomicInteger used) {
    }

    private final int limit;
    private final long windowMillis;
    private final Cache<String, Window> windows;

    public RateLimiter(@ConfigProperty(name = "unref.rate-limit.requests", defaultValue = "1200") int limit,
            @ConfigProperty(name = "unref.rate-limit.window", defaultValue = "60s") Duration window) {
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.windows = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window.multipliedBy(2)).build();
    }

    public Budget take(String client) {
        long now = System.currentTimeMillis();
        long start = now - now % windowMillis;
        Window window = windows.asMap().compute(client,
                (key, current) -> current == null || current.start() != start ? new Window(start, new AtomicInteger()) : current);
        int used = window.used().incrementAndGet();
        long reset = Math.max(1, (start + windowMillis - now + 999) / 1000);
        return new Budget(limit, Math.max(0, limit - used), reset, used <= limit);
    }
}
