package org.unref.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.unref.common.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client's Idempotency-Key for one request: the client (its API key's name), the key, and a fingerprint of
 * what it asked for, so a retry (same fingerprint) is told apart from a different request under a reused key.
 */
public record IdempotencyClaim(String client, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";

    /**
     * The draft makes the value a Structured Field string ({@code "8e03978e-..."}); most clients send it bare.
     * Both are accepted. Visible ASCII only, without quote or backslash (so the quoted form needs no escapes),
     * at most 255 characters: room for a UUID, a ULID or a hash, and what the column holds.
     */
    private static final Pattern KEY = Pattern.compile("[!#-\\[\\]-~]{1,255}");

    /** The claim for this header value, or {@code null} when the client sent none; a malformed key is a 400. */
    public static IdempotencyClaim of(String headerValue, String client, StatementRequest request, ObjectMapper json) {
        if (headerValue == null) {
            return null;
        }
        String key = headerValue.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidParameter(HEADER, HEADER + " must be 1 to 255 visible ASCII characters without quotes, "
                    + "backslashes or spaces (a UUID is ideal), optionally in double quotes");
        }
        return new IdempotencyClaim(client, key, fingerprint(request, json));
    }

    /**
     * SHA-256 of the request as read (every field, re-serialized), not of the raw bytes: a retry that spaces or
     * orders its JSON differently is the same request; one that changes any value is not.
     */
    static String fingerprint(StatementRequest request, ObjectMapper json) {
        try {
            byte[] canonical = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("a parsed statement request always serializes, and SHA-256 is in every JVM", e);
        }
    }
}
