package org.unref.contract.fuzz;

import java.util.Locale;
import java.util.stream.Collectors;

import org.unref.testing.Contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every answer must be: never a 5xx; a 4xx is problem+json whose {@code status} is the HTTP status; anything
 * else validates against the committed contract.
 */
public final class ResponseChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiInteractionValidator validator = Contract.responseValidator();
    /** Verdicts by path, method, status, type and body digest: most answers repeat, and validating is the slow part. */
    private final java.util.Map<String, java.util.Optional<String>> verdicts = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Vert.x's HTTP decoder answers a request line longer than {@code quarkus.http.limits.max-initial-line-length}
     * (32768 bytes, application.properties) with a bare 414 before any handler of the application runs, and Quarkus gives no hook to change
     * that answer (README, Production): such a 414 is expected, for such a request only.
     */
    public static final int MAX_REQUEST_LINE = 32768;

    public static boolean refusedByHttpDecoder(FuzzRequest request, FuzzResponse response) {
        int requestLine = request.method().length() + 1 + request.target().length() + " HTTP/1.1".length();
        return response.status() == 414 && requestLine > MAX_REQUEST_LINE && response.contentType() == null
                && response.body().isEmpty();
    }

    /** Why the answer is wrong, or null if it is right. */
    public String fault(FuzzRequest request, FuzzResponse response) {
        int status = response.status();
        if (status >= 500) {
            return "server error";
        }
        if (refusedByHttpDecoder(request, response)) {
            return null;
        }
        if (status >= 400) {
            return problemFault(response);
        }
        return contractFault(request, response);
    }

    /** Null when the answer is RFC 9457 problem+json whose status equals the HTTP status. */
    public static String problemFault(FuzzResponse response) {
        String type = response.contentType() == null ? "" : response.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/problem+json")) {
            return "4xx not problem+json";
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            if (problem == null || !problem.isObject() || !problem.path("type").isTextual() || problem.path("type").asText().isEmpty()
                    || !problem.path("title").isTextual() || problem.path("title").asText().isEmpty()
                    || problem.path("status").asInt(-1) != response.status()) {
                return "4xx problem body without type, title or the right status";
            }
            return null;
        } catch (java.io.IOException e) {
            return "4xx problem body is not JSON";
        }
    }

    /**
     * The path the service serves for a target: {@code %2e} is an unreserved character, so {@code %2e%2e} is the
     * dot-segment {@code ..}, and dot-segments are removed before routing (RFC 3986, 5.2.4; Vert.x does it), as is a
     * trailing slash.
     */
    public static String servedPath(String target) {
        String path = target.split("\\?", 2)[0].replaceAll("(?i)%2e", ".");
        String normalized = java.net.URI.create(path).normalize().getRawPath();
        return normalized.length() > 1 && normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
    }

    private String contractFault(FuzzRequest request, FuzzResponse response) {
        String path = servedPath(request.target());
        String key = path + " " + request.method() + " " + response.status() + " " + response.contentType() + " " + digest(response.body());
        return verdicts.computeIfAbsent(key, k -> java.util.Optional.ofNullable(validate(path, request, response))).orElse(null);
    }

    private static String digest(String body) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String validate(String path, FuzzRequest request, FuzzResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status()).withBody(response.body());
        if (response.contentType() != null) {
            builder.withContentType(response.contentType());
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(request.method()), builder.build());
        if (!report.hasErrors()) {
            return null;
        }
        return "answer not in the contract: " + report.getMessages().stream()
                .map(m -> m.getKey() + " " + m.getMessage()).collect(Collectors.joining("; "));
    }
}
