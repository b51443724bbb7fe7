package org.unref.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.unref.common.ProblemException;

@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final Set<String> COLLECTIONS = Set.of("statements", "resolutions", "vetoes");

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search statements, resolutions and vetoes",
            description = "Finds the records containing every word of q: statements (title and text), resolutions (symbol, "
                    + "title, agenda item) and vetoes (draft symbol, meeting, agenda item). The best `limit` hits come first "
                    + "(at most 50; no further pages): a record whose symbol q names, then symbol matches, then title matches, "
                    + "then text matches, more occurrences higher. The hits ranked are the newest 200 matching resolutions and "
                    + "vetoes and the newest `limit` matching statements, so a query costs the same however many statements are "
                    + "stored; /statements?q= pages through all of them. Each hit has a snippet around the match.")
    public SearchResultsDto search(
            @RestQuery @NotNull(message = "q is required: 2 to 200 characters")
            @Size(min = 2, max = 200, message = "q must be 2 to 200 characters")
            @Parameter(description = "Words to find (all of them, case-insensitive), or a symbol.", required = true, example = "Syria") String q,
            @RestQuery @Size(max = 100, message = "collection must be statements, resolutions or vetoes")
            @Parameter(description = "Only these collections, separated by commas: statements, resolutions, vetoes (default all).",
                    example = "resolutions,vetoes") String collection,
            @RestQuery @Pattern(regexp = "^\\d{1,3}$", message = "limit must be between 1 and 50")
            @Parameter(description = "How many hits, 1 to 50 (default 20).",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50", defaultValue = "20")) String limit) {
        if (q.strip().length() < 2) {
            throw ProblemException.invalidParameter("q", "q must be 2 to 200 characters");
        }
        int max = limit == null || limit.isEmpty() ? 20 : Integer.parseInt(limit);
        if (max < 1 || max > 50) {
            throw ProblemException.invalidParameter("limit", "limit must be between 1 and 50");
        }
        return service.search(q.strip(), collections(collection), max);
    }

    private static Set<String> collections(String value) {
        if (value == null || value.isBlank()) {
            return COLLECTIONS;
        }
        Set<String> chosen = new LinkedHashSet<>();
        {
            for (String name : value.split(",")) {
                String collection = name.strip().toLowerCase(Locale.ROOT);
                if (!COLLECTIONS.contains(collection)) {
                    throw ProblemException.invalidParameter("collection", "collection must be statements, resolutions or vetoes");
                }
                chosen.add(collection);
            }
        }
        return chosen;
    }
}
