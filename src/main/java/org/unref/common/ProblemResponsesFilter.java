package org.unref.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.info.Info;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents what every operation shares, so resources stay thin: the problem+json error responses that
 * {@link ProblemMappers} produces, the caching headers and 304 of reference data (see
 * {@link ConditionalGetFilter}), the rate-limit headers and 429 of {@link RateLimitFilter}, and CORS. It also
 * states the bounds of every string, array and integer in the contract where an annotation did not.
 *
 * <p>It runs when the service is built: the document it finishes is written into the package and served as it is,
 * so no start of the service spends time rebuilding it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /** Tags whose operations serve reference data through {@link ReferenceData}. */
    private static final Set<String> REFERENCE_TAGS = Set.of("Charter", "Resolutions", "Vetoes", "Uniting for Peace", "Meta");
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String RESPONSES = "#/components/responses/";
    private static final String HEADERS = "#/components/headers/";

    /**
     * The answers many operations share, each defined once under {@code components/responses} and referenced: written
     * out in every operation they were two fifths of the contract, which every start of the service and every
     * Swagger UI page load parses.
     */
    private static final Map<String, SharedResponse> SHARED = Map.of(
            "304", new SharedResponse("NotModified", "Not modified: the If-None-Match tag matches the current representation."),
            "400", new SharedResponse("BadRequest", "A parameter or the body is not acceptable; `errors` names each one."),
            "401", new SharedResponse("Unauthorized", "No API key, or one the service does not know (Authorization: Bearer <key>)."),
            "403", new SharedResponse("Forbidden", "The API key's role may not do this."),
            "404", new SharedResponse("NotFound", "No record has this id."),
            "406", new SharedResponse("NotAcceptable", "The Accept header asks for a media type this operation cannot produce."),
            "413", new SharedResponse("ContentTooLarge", "The body is larger than the service accepts (texts up to 1 MB)."),
            "415", new SharedResponse("UnsupportedMediaType", "The body's Content-Type is not one this operation reads."),
            "429", new SharedResponse("TooManyRequests",
                    "This client made too many requests in the current window; Retry-After says when to try again."),
            "500", new SharedResponse("ServerError", "The service failed; the answer says nothing of internals and the failure is logged."));

    private record SharedResponse(String name, String description) {
    }

    /** The order in which Swagger UI shows the groups, with what each holds. */
    private static final Map<String, String> TAGS = tags();

    private static Map<String, String> tags() {
        Map<String, String> tags = new java.util.LinkedHashMap<>();
        tags.put("Charter", "The Charter of the United Nations: preamble, chapters, articles, paragraphs and items, word for word.");
        tags.put("Resolutions", "Security Council resolutions 1 to the end of 2023, and the General Assembly's procedural ones.");
        tags.put("Vetoes", "Every draft a permanent member vetoed since 1946, and the General Assembly debates that followed.");
        tags.put("Uniting for Peace", "Resolution 377 (V), the Council's referrals to the Assembly, the emergency special sessions.");
        tags.put("Statements", "Press releases, speeches and letters, with the references found in them.");
        tags.put("Citations", "Finding UN references in any text, and resolving any spelling of one to its record.");
        tags.put("Search", "Words across statements, resolutions and vetoes.");
        tags.put("Export", "Whole collections as CSV or JSON Lines.");
        tags.put("Changes", "Every record created, updated or deleted, in order, for keeping a copy in sync.");
        return tags;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        orderTags(openAPI);
        // At build time the title and version from application.properties are merged in after this filter runs.
        Info info = openAPI.getInfo() == null ? OASFactory.createInfo() : openAPI.getInfo();
        openAPI.setInfo(info.description(ResponseExamples.text("openapi-text/description.md")));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(JsonLdSchema.NAME, JsonLdSchema.schema());
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One parameter or field that was not acceptable.")
                .addProperty("name", text("The parameter or field name.", "limit"))
                .addProperty("message", text("Why it was refused.", "limit must be between 1 and 200")));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("A URI reference naming the kind of problem.", "/problems/not-found"))
                .addProperty("title", text("A short summary of the kind of problem.", "Not Found"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599))
                        .examples(List.of(404)))
                .addProperty("detail", text("What went wrong with this request, in plain words.",
                        "No resolution has the id 's-res-99999-2015'."))
                .addProperty("instance", text("The request path this problem is about.", "/api/v1/resolutions/s-res-99999-2015"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(50)
                        .description("The parameters or fields at fault, one entry each.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        sharedHeadersAndResponses(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue());
                ResponseExamples.attach(entry.getValue());
                describeHeaders(entry.getValue().getResponses());
                if (entry.getValue().getParameters() != null) {
                    entry.getValue().getParameters().forEach(p -> SchemaBounds.apply(p.getSchema()));
                }
                if (entry.getValue().getRequestBody() != null && entry.getValue().getRequestBody().getContent() != null) {
                    entry.getValue().getRequestBody().getContent().getMediaTypes().values()
                            .forEach(m -> SchemaBounds.apply(m.getSchema()));
                }
            }
        }
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(SchemaBounds::apply);
        }
    }

    /** Tags in reading order (Swagger UI shows them so), each with a line on what it holds; only tags in use. */
    private static void orderTags(OpenAPI openAPI) {
        java.util.Set<String> used = new java.util.HashSet<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values()
                    .forEach(operation -> used.addAll(operation.getTags() == null ? List.of() : operation.getTags())));
        }
        List<org.eclipse.microprofile.openapi.models.tags.Tag> ordered = new java.util.ArrayList<>();
        TAGS.forEach((name, description) -> {
            if (used.remove(name)) {
                ordered.add(OASFactory.createTag().name(name).description(description));
            }
        });
        used.stream().sorted().forEach(name -> ordered.add(OASFactory.createTag().name(name)));
        openAPI.setTags(ordered);
    }

    /** Every answer carries the rate-limit budget, and CORS lets browser apps on other origins read it. */
    private static void describeHeaders(APIResponses responses) {
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() != null) {
                return;
            }
            addSharedHeaders(status, response);
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(h -> SchemaBounds.apply(h.getSchema()));
            }
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().values().forEach(m -> SchemaBounds.apply(m.getSchema()));
            }
        });
    }

    /** The headers every answer of this status carries, as references to {@code components/headers}. */
    private static void addSharedHeaders(String status, APIResponse response) {
        if (status.startsWith("2") || status.startsWith("4")) {
            for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
            }
        }
        if (status.equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref(HEADERS + "Retry-After"));
        }
        response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader().ref(HEADERS + "Access-Control-Allow-Origin"));
    }

    private static void sharedHeadersAndResponses(Components components) {
        components.addHeader("RateLimit-Limit", integerHeader("Requests this client may make per window."));
        components.addHeader("RateLimit-Remaining", integerHeader("Requests left in the current window."));
        components.addHeader("RateLimit-Reset", integerHeader("Seconds until the window resets."));
        components.addHeader("Retry-After", integerHeader("Seconds to wait before the next request."));
        components.addHeader("Access-Control-Allow-Origin", header("The origins allowed to read this answer (CORS)."));
        new java.util.TreeMap<>(SHARED).forEach((status, shared) -> {
            APIResponse response = OASFactory.createAPIResponse().description(shared.description());
            if (status.equals("304")) {
                response.addHeader("ETag", header("Tag of the current representation."));
            } else {
                response.content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
            addSharedHeaders(status, response);
            components.addResponse(shared.name(), response);
        });
    }

    private static Header integerHeader(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(java.math.BigDecimal.ZERO).maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)));
    }

    private static void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            add(responses, "400");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            add(responses, "404");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401");
            add(responses, "403");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413");
            add(responses, "415");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && operation.getSecurity() == null) {
            // An open write (extracting citations stores nothing): a key is welcome but not needed; with one, the
            // rate limit counts the key instead of the address.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("apiKey")));
        }
        add(responses, "406");
        add(responses, "429");
        add(responses, "500");
        boolean reference = method == PathItem.HttpMethod.GET && operation.getTags() != null
                && operation.getTags().stream().anyMatch(REFERENCE_TAGS::contains);
        if (reference) {
            APIResponse ok = responses.getAPIResponse("200");
            if (ok != null) {
                ok.addHeader("ETag", header("Tag of this representation; send it back in If-None-Match to get 304 when unchanged."));
                ok.addHeader("Cache-Control", header("How long the answer may be cached."));
            }
            add(responses, "304");
        }
    }

    /** Refers the operation's answer of {@code status} to the shared one, unless the operation describes its own body. */
    private static void add(APIResponses responses, String status) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + SHARED.get(status).name()));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2000)
                .description(description).examples(List.of(example));
    }
}
