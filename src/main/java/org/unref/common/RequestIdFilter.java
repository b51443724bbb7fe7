package org.unref.common;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is well formed, else a new UUID. The id
 * is in the logging MDC while the request is served (JSON logs carry it as {@code mdc.requestId}) and is
 * returned as {@code X-Request-Id} on every response, problems, health and metrics included, so a client's
 * report can be matched with the server's log lines.
 *
 * <p>
 * A Vert.x filter rather than a JAX-RS one: it also covers /q/* routes and requests that never reach a
 * resource. Quarkus keeps the MDC in the request's Vert.x context, so it follows the request to the worker
 * thread that runs the (blocking) resource.
 */
@ApplicationScoped
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Short and plain, so a client cannot write arbitrary text (or a new log line) into the logs. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Before Quarkus's own filters (CORS among them), so even a preflight answer carries the id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::identify, PRIORITY);
    }

    private void identify(RoutingContext context) {
        String id = idFor(context.request().getHeader(HEADER));
        context.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
        context.next();
    }

    /** The client's id when it is well formed; otherwise a fresh random one. */
    static String idFor(String requested) {
        return requested != null && WELL_FORMED.matcher(requested).matches() ? requested : randomId();
    }

    /**
     * A version 4 UUID from the thread's own generator. UUID.randomUUID() draws from the shared SecureRandom, whose
     * lock every request thread contended for under load; a log correlation id needs to be unique, not unguessable.
     */
    private static String randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
    }
}
