package org.unref.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pieces of unref's JSON-LD answers: schema.org terms ({@code Legislation} and its properties) under an inline context,
 * so a JSON-LD processor expands them without fetching anything. Node ids are the records' paths, which a processor
 * resolves against the address the document was read from (JSON-LD 1.1, section 4.1.3: the document's URL is the base).
 */
public final class JsonLd {

    private static final String XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";

    /** schema.org as the vocabulary; the properties whose values are addresses say so, so they expand to IRIs. */
    public static final Map<String, Object> CONTEXT = context();

    private JsonLd() {
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "https://schema.org/");
        for (String term : List.of("sameAs", "isPartOf", "hasPart", "isBasedOn", "citation", "contentUrl")) {
            context.put(term, Map.of("@type", "@id"));
        }
        context.put("legislationDate", Map.of("@type", XSD_DATE));
        // In this order on every replica (Map.copyOf's order is not), so the bytes and their ETag are the same everywhere.
        return java.util.Collections.unmodifiableMap(context);
    }

    /** A top-level node: the context, then {@code @id} and {@code @type}. */
    public static Map<String, Object> document(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    /** A node inside a document. */
    public static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        if (id != null) {
            node.put("@id", id);
        }
        node.put("@type", type);
        return node;
    }

    /** A schema.org PropertyValue: an identifier in a named scheme ({@code akn}, {@code un-symbol}). */
    public static Map<String, Object> identifier(String scheme, String name, String value) {
        Map<String, Object> node = node(null, "PropertyValue");
        node.put("propertyID", scheme);
        node.put("name", name);
        node.put("value", value);
        return node;
    }

    /** Puts a value unless it is null or an empty list, so absent facts are absent, not null. */
    public static void put(Map<String, Object> node, String term, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return;
        }
        node.put(term, value);
    }
}
