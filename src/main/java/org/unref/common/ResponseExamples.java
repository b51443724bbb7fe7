package org.unref.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gives each operation's success answer an example taken from the real data: {@code openapi-examples/<operationId>.json}
 * holds what the service answered for the request in the operation's parameter examples (made by
 * tools/openapi/make-examples, lists cut to a few items).
 */
final class ResponseExamples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseExamples() {
    }

    static void attach(Operation operation) {
        if (operation.getOperationId() == null || operation.getResponses() == null) {
            return;
        }
        Object example = load("openapi-examples/" + operation.getOperationId() + ".json");
        if (example == null) {
            return;
        }
        for (String status : new String[] { "200", "201", "300" }) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response != null && response.getContent() != null) {
                MediaType json = response.getContent().getMediaType("application/json");
                if (json != null) {
                    json.addExample("real-data", OASFactory.createExample()
                            .summary("An answer from unref's own data").value(example));
                    return;
                }
            }
        }
    }

    /** A text resource of the contract (the API description), or null when it is absent. */
    static String text(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable OpenAPI text " + resource, e);
        }
    }

    private static Object load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : MAPPER.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable OpenAPI example " + resource, e);
        }
    }
}
