package org.unref.common;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States in the contract the bounds the service already keeps, where a field's annotation does not: no text
 * unref stores or accepts is longer than 1 MiB (the statement text limit), no list it answers has more than
 * 100,000 entries, and integers are Java ints. Clients and gateways can then size their buffers.
 */
final class SchemaBounds {

    static final int MAX_TEXT = 1_048_576;
    static final int MAX_ITEMS = 100_000;

    private SchemaBounds() {
    }

    static void apply(Schema schema) {
        apply(schema, new IdentityHashMap<>());
    }

    private static void apply(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || schema.getRef() != null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.setMaxLength(MAX_TEXT);
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(MAX_ITEMS);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            if (schema.getFormat() == null) {
                schema.setFormat("int32");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf("int64".equals(schema.getFormat()) ? Long.MIN_VALUE : Integer.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf("int64".equals(schema.getFormat()) ? Long.MAX_VALUE : Integer.MAX_VALUE));
            }
        }
        apply(schema.getItems(), seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> apply(s, seen));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            apply(schema.getAdditionalPropertiesSchema(), seen);
        }
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> apply(s, seen));
            }
        }
    }
}
