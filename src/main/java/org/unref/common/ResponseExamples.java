package org.unref.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
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
        for (String status : new String[] { "200", "201", "300" }) {
            APIResponse response = operation.getResponses().getAPIResponse(status);
            if (response != null && response.getContent() != null) {
                MediaType json = response.getContent().getMediaType("application/json");
                if (json != null && example != null) {
                    json.addExample("real-data", OASFactory.createExample()
                            .summary("An answer from unref's own data").value(example));
                }
                MediaType linked = response.getContent().getMediaType(Representations.JSON_LD);
                if (linked != null) {
                    describeJsonLd(linked, operation.getOperationId());
                }
                MediaType csv = response.getContent().getMediaType(Representations.CSV);
                if (csv != null) {
                    describeCsv(csv, operation.getOperationId());
                }
                return;
            }
        }
    }

    /** The JSON-LD of a record: its own shape (schema.org terms), not the JSON record's schema SmallRye gives every type. */
    private static void describeJsonLd(MediaType media, String operationId) {
        media.setSchema(OASFactory.createSchema().ref(JsonLdSchema.REF));
        Object example = load("openapi-examples/" + operationId + ".jsonld");
        if (example != null) {
            media.addExample("real-data", OASFactory.createExample().summary("An answer from unref's own data").value(example));
        }
    }

    /** A list as CSV: text, not the JSON page's schema. An export keeps the examples its annotation gives. */
    private static void describeCsv(MediaType media, String operationId) {
        if (media.getSchema() != null && media.getSchema().getType() != null
                && media.getSchema().getType().contains(Schema.SchemaType.STRING)) {
            return;
        }
        media.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(1073741824)
                .description("RFC 4180 CSV with a header line, one row a record: the columns of the collection's export "
                        + "(/api/v1/export), or for cited-by and changes their own. The next page is in the Link header."));
        String example = text("openapi-examples/" + operationId + ".csv");
        if (example != null) {
            media.addExample("real-data", OASFactory.createExample().summary("An answer from unref's own data").value(example));
        }
    }


    /** A text resource of the contract (the API description), or null when it is absent. */
    static String text(String resource) {
        return ClasspathResources.bytes(resource).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
    }

    private static Object load(String resource) {
        return ClasspathResources.bytes(resource).map(b -> {
            try {
                return MAPPER.readValue(b, Object.class);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable OpenAPI example " + resource, e);
            }
        }).orElse(null);
    }
}
