package org.unref.common;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives reference answers a strong ETag computed from the bytes sent, so it changes exactly when the
 * representation does (on every replica alike), and answers a matching {@code If-None-Match} with 304.
 * The entity is serialized here once and handed on as bytes, so this costs no second serialization.
 */
@Provider
@ReferenceData
public class ConditionalGetFilter implements ContainerResponseFilter {

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    ObjectMapper mapper;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        String method = request.getMethod();
        if (request.getProperty(ResponseCacheFilters.SERVED_FROM_CACHE) != null) {
            return; // the cached answer carries the ETag and headers computed when it was stored
        }
        if (!(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) || response.getStatus() != 200
                || !response.hasEntity() || !(isJson(response.getMediaType()) || response.getEntity() instanceof byte[])) {
            return; // an entity that is neither JSON nor bytes already made (CSV lists) would need its writer's bytes
        }
        byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(response.getEntity());
        String etag = "\"" + digest(body) + "\"";
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** If-None-Match holds a list of tags, possibly weak ({@code W/"..."}), or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
