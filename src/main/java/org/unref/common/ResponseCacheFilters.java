package org.unref.common;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The filters that serve, fill and empty the {@link ResponseCache}. */
public final class ResponseCacheFilters {

    /** Set on a request answered from the cache, so {@link ConditionalGetFilter} does not digest the bytes again. */
    static final String SERVED_FROM_CACHE = ResponseCacheFilters.class.getName() + ".hit";
    private static final String KEY = ResponseCacheFilters.class.getName() + ".key";
    private static final String GENERATION = ResponseCacheFilters.class.getName() + ".generation";
    private static final String LEAD = ResponseCacheFilters.class.getName() + ".lead";
    private static final String LISTS_STATEMENTS = ResponseCacheFilters.class.getName() + ".listsStatements";
    /** The headers that belong to the representation; per-request ones (rate limit, request id) are added anew. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY,
            "Link");

    private ResponseCacheFilters() {
    }

    private static boolean isGet(ContainerRequestContext request) {
        return HttpMethod.GET.equals(request.getMethod());
    }

    private static String key(ContainerRequestContext request) {
        var uri = request.getUriInfo().getRequestUri();
        String query = uri.getRawQuery();
        return ResponseCache.key(query == null ? uri.getRawPath() : uri.getRawPath() + '?' + query,
                request.getHeaderString(HttpHeaders.ACCEPT));
    }

    /**
     * Answers a GET from the cache. Runs after authentication and the rate limiter (a higher priority number), so a
     * cached answer is counted against the budget like any other.
     */
    @Provider
    @CachedReads
    @Priority(Priorities.USER + 100)
    public static class Lookup implements ContainerRequestFilter {

        @Inject
        ResponseCache cache;

        @Context
        ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request) {
            if (!cache.enabled() || !isGet(request)) {
                return;
            }
            String key = key(request);
            boolean listsStatements = resource.getResourceClass().isAnnotationPresent(ListsStatements.class);
            // Read before the data, as put() requires; then wait for a reader already making this answer, if any.
            long generation = cache.generation(listsStatements);
            ResponseCache.Found found = cache.find(key, !io.vertx.core.Context.isOnEventLoopThread(), listsStatements);
            ResponseCache.Entry entry = found.entry();
            if (entry == null) {
                request.setProperty(KEY, key);
                request.setProperty(GENERATION, generation);
                request.setProperty(LISTS_STATEMENTS, listsStatements);
                if (found.leader()) {
                    request.setProperty(LEAD, found.lead());
                }
                return;
            }
            request.setProperty(SERVED_FROM_CACHE, Boolean.TRUE);
            Object etag = entry.headers().containsKey(HttpHeaders.ETAG) ? entry.headers().get(HttpHeaders.ETAG).get(0) : null;
            boolean notModified = etag != null
                    && ConditionalGetFilter.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag.toString());
            Response.ResponseBuilder answer = notModified ? Response.status(304)
                    : Response.ok(entry.body(), entry.type());
            entry.headers().forEach((name, values) -> values.forEach(value -> answer.header(name, value)));
            request.abortWith(answer.build());
        }
    }

    /**
     * Keeps a 200 answer to a GET. Runs after {@link ConditionalGetFilter} (response filters run from the highest
     * priority number down), so the entity is already the bytes its ETag was computed from.
     */
    @Provider
    @CachedReads
    @Priority(Priorities.USER - 100)
    public static class Store implements ContainerResponseFilter {

        @Inject
        ResponseCache cache;

        @Inject
        ObjectMapper mapper;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
            ResponseCache.Lead lead = request.getProperty(LEAD) instanceof ResponseCache.Lead l ? l : null;
            ResponseCache.Entry stored = null;
            try {
                stored = store(request, response);
            } finally {
                if (lead != null) {
                    // Readers waiting for this answer get it, or (an error, a 304) make their own.
                    cache.finish((String) request.getProperty(KEY), lead, stored);
                }
            }
        }

        private ResponseCache.Entry store(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
            if (!(request.getProperty(KEY) instanceof String key) || !(request.getProperty(GENERATION) instanceof Long generation)
                    || response.getStatus() != 200 || !response.hasEntity() || response.getMediaType() == null) {
                return null;
            }
            byte[] body;
            if (response.getEntity() instanceof byte[] bytes) {
                body = bytes; // made by ConditionalGetFilter, or CSV made by the resource
            } else if (!response.getMediaType().getSubtype().equals("json")
                    && !response.getMediaType().getSubtype().endsWith("+json")) {
                return null; // only JSON entities may be serialized with the JSON mapper
            } else {
                // Serialized here once, as ConditionalGetFilter does for reference data, and sent as these bytes.
                body = mapper.writeValueAsBytes(response.getEntity());
                response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            }
            Map<String, List<Object>> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                List<Object> values = response.getHeaders().get(name);
                if (values != null && !values.isEmpty()) {
                    headers.put(name, List.copyOf(new ArrayList<>(values)));
                }
            }
            ResponseCache.Entry entry = new ResponseCache.Entry(body, response.getMediaType(), Map.copyOf(headers));
            cache.put(key, entry, Boolean.TRUE.equals(request.getProperty(LISTS_STATEMENTS)), generation);
            return entry;
        }
    }

    /**
     * Every write needs a key ({@link RequiresRole}); one that succeeded may have changed any answer, or, from a
     * resource that writes only statements ({@link ListsStatements}), any answer that lists statements.
     */
    @Provider
    @RequiresRole
    public static class Invalidation implements ContainerResponseFilter {

        @Inject
        ResponseCache cache;

        @Context
        ResourceInfo resource;

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() >= 400) {
                return;
            }
            if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(ListsStatements.class)) {
                cache.invalidateStatements();
            } else {
                cache.invalidateAll();
            }
        }
    }
}
