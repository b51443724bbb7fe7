package org.unref.meta;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unref.common.CachedReads;
import org.unref.common.Links;
import org.unref.common.ReferenceData;

/**
 * {@code GET /api/v1}: the collections and tools of the API, so a client needs to know one address. It is also the
 * ceiling that bench/run compares every endpoint with: a constant answer through the whole HTTP stack.
 */
@Path(Links.API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meta", description = "What the service holds and where it comes from.")
@ReferenceData
@CachedReads
public class ApiIndexResource {

    private static final ApiIndexDto INDEX = build();

    @GET
    @Operation(operationId = "getApiIndex", summary = "List the collections of the API",
            description = "The entry point of the API: the path of each collection (Charter, resolutions, vetoes, Uniting for "
                    + "Peace, emergency special sessions, statements) and tool (citation extraction, resolving a reference, "
                    + "search, export, coverage, the OpenAPI contract and Swagger UI), so a client can start here and follow "
                    + "links. A `{name}` in a path is a parameter to fill in.")
    public ApiIndexDto index() {
        return INDEX;
    }

    private static ApiIndexDto build() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.API);
        links.put("charter", Links.API + "/charter");
        links.put("resolutions", Links.API + "/resolutions");
        links.put("vetoes", Links.API + "/vetoes");
        links.put("vetoStats", Links.API + "/vetoes/stats?by={by}");
        links.put("unitingForPeace", Links.API + "/uniting-for-peace");
        links.put("emergencySpecialSessions", Links.API + "/emergency-special-sessions");
        links.put("statements", Links.API + "/statements");
        links.put("extractCitations", Links.API + "/citations/extract");
        links.put("resolve", Links.API + "/resolve?cite={cite}");
        links.put("search", Links.API + "/search?q={q}");
        links.put("exportResolutions", Links.API + "/export/resolutions");
        links.put("exportVetoes", Links.API + "/export/vetoes");
        links.put("coverage", Links.API + "/meta/coverage");
        links.put("openapi", "/q/openapi");
        links.put("swaggerUi", "/q/swagger-ui");
        return new ApiIndexDto("unref", "v1", java.util.Collections.unmodifiableMap(links));
    }
}
