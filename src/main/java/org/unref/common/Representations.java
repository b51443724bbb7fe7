package org.unref.common;

import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * The answers a GET gives besides JSON, chosen by {@code Accept}: JSON-LD for single records, CSV for lists. The
 * operation lists them in {@code @Produces}, so JAX-RS refuses any other type with 406 before the method runs.
 */
public final class Representations {

    public static final String JSON_LD = "application/ld+json";
    public static final String CSV = "text/csv";
    /** RFC 4180 CSV in UTF-8 with a header line, as the exports send it. */
    public static final MediaType CSV_TYPE = new MediaType("text", "csv", Map.of("charset", "UTF-8", "header", "present"));
    public static final MediaType JSON_LD_TYPE = MediaType.valueOf(JSON_LD);

    private Representations() {
    }

    /**
     * The offered type the request prefers: the first one its most preferred acceptable range covers ({@code *}/{@code *}
     * and {@code application/*} take the first offered, JSON). JAX-RS has already refused a request none of them fits.
     */
    public static String preferred(HttpHeaders headers, String... offered) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (refused(acceptable)) {
                continue;
            }
            for (String type : offered) {
                if (acceptable.isCompatible(MediaType.valueOf(type))) {
                    return type;
                }
            }
        }
        return offered[0];
    }

    /** {@code q=0} says "not this one". */
    private static boolean refused(MediaType acceptable) {
        String q = acceptable.getParameters().get("q");
        try {
            return q != null && Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static boolean wants(HttpHeaders headers, String type, String... offered) {
        return type.equals(preferred(headers, offered));
    }

    /**
     * The JSON answer of an operation that offers another type too, its type said outright: with {@code Accept: application/*}
     * and two types to choose from, RESTEasy Reactive otherwise answered application/octet-stream with the record's
     * {@code toString()} (found by the contract fuzzer).
     */
    public static <T> RestResponse<T> json(T entity) {
        return RestResponse.ResponseBuilder.ok(entity, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * An answer in another representation than the method's declared one. The declared type is the JSON answer's, which
     * the contract documents with its schema; JAX-RS writes the entity by its runtime class, so a JSON-LD map or CSV bytes
     * go out as they are, and the ETag and cache filters treat them like any answer.
     */
    @SuppressWarnings("unchecked")
    public static <T> RestResponse<T> other(Object entity, MediaType type) {
        return (RestResponse<T>) RestResponse.ResponseBuilder.ok(entity, type).build();
    }
}
