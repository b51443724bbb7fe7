package org.unref.testing;

import java.io.StringReader;
import java.net.URI;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Expands unref's JSON-LD answers with a JSON-LD 1.1 processor (Titanium), offline: the answers carry their context
 * inline, and the loader refuses every remote document, so an answer that needed one fails the test.
 */
public final class LinkedData {

    public static final String SCHEMA = "https://schema.org/";

    private LinkedData() {
    }

    /** The expanded form of a JSON-LD document read at {@code documentUrl} (the base of its relative ids). */
    public static JsonNode expand(String document, String documentUrl) {
        try {
            var expanded = com.apicatalog.jsonld.JsonLd.expand(JsonDocument.of(new StringReader(document)))
                    .base(URI.create(documentUrl))
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no remote documents in tests: " + url);
                    })
                    .get();
            return new ObjectMapper().readTree(expanded.toString());
        } catch (JsonLdError | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not expandable JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The values of a schema.org property of an expanded node. */
    public static JsonNode values(JsonNode node, String term) {
        return node.path(SCHEMA + term);
    }
}
