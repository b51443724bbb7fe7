package org.unref.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void shouldAllowTheBudgetThenRefuse() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60));
        assertEquals(2, limiter.take("a").remaining());
        assertEquals(1, limiter.take("a").remaining());
        assertTrue(limiter.take("a").allowed());
        RateLimiter.Budget refused = limiter.take("a");
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.resetSeconds() >= 1 && refused.resetSeconds() <= 60, "reset " + refused.resetSeconds());
    }

    @Test
    void shouldCountClientsApart() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(60));
        assertTrue(limiter.take("a").allowed());
        assertTrue(limiter.take("b").allowed());
        assertFalse(limiter.take("a").allowed());
    }
}
