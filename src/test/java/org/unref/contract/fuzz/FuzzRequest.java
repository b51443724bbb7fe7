package org.unref.contract.fuzz;

import java.util.Map;

/**
 * A request to send: {@code target} is the raw (already percent-encoded) path and query, {@code body} null when
 * none is sent. {@code describe} prints it for a failure report, the body cut short.
 */
public record FuzzRequest(String operationId, String method, String target, Map<String, String> headers, byte[] body) {

    public String describe() {
        String text = body == null ? "" : " body " + FuzzResponse.cut(new String(body, java.nio.charset.StandardCharsets.UTF_8), 300);
        return method + " " + FuzzResponse.cut(target, 400) + " " + headers + text;
    }
}
