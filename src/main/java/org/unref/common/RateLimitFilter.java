package org.unref.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Applies {@link RateLimiter} to every API request and tells the client its budget in the
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers; past the budget
 * the answer is a 429 problem with {@code Retry-After}.
 */
public class RateLimitFilter {

    private static final String BUDGET = RateLimitFilter.class.getName() + ".budget";

    @Inject
    RateLimiter limiter;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        RateLimiter.Budget budget = limiter.take(client(request, http));
        request.setProperty(BUDGET, budget);
        if (budget.allowed()) {
            return null;
        }
        ProblemDetail problem = new ProblemDetail("/problems/too-many-requests", "Too Many Requests", 429,
                "This client has used its " + budget.limit() + " requests of this window; try again in "
                        + budget.resetSeconds() + " seconds.",
                request.getUriInfo().getRequestUri().getRawPath(), null);
        return Response.status(429).type(ProblemDetail.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, budget.resetSeconds()).build();
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(BUDGET) instanceof RateLimiter.Budget budget) {
            response.getHeaders().putSingle("RateLimit-Limit", budget.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", budget.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", budget.resetSeconds());
        }
    }

    /** A client is its API key when it sends one (hashed: keys are not kept in memory as text), else its address. */
    private static String client(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            return "key:" + sha256(authorization);
        }
        return "ip:" + (http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
