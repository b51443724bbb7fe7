package org.unref.statement;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.citation.CitationService;
import org.unref.citation.ResolvedReference;
import org.unref.citation.StoredCitationDto;
import org.unref.common.ApiCaller;
import org.unref.common.ListsStatements;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Params;
import org.unref.common.ProblemDetail;
import org.unref.common.ProblemException;
import org.unref.common.Representations;
import org.unref.common.RequiresRole;
import org.unref.common.Where;
import org.unref.export.ExportRows;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;

@ListsStatements
@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: Authorization: Bearer <key>. Writes of statements need the editor (or admin) role.")
public class StatementResource {

    /** Not in the IETF draft, which leaves it open; the name other APIs use (Stripe's, among them). */
    static final String REPLAYED = "Idempotent-Replayed";

    private final StatementService service;
    private final CitationService citations;
    private final ApiCaller caller;
    private final ObjectMapper json;

    public StatementResource(StatementService service, CitationService citations, ApiCaller caller, ObjectMapper json) {
        this.service = service;
        this.citations = citations;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Operation(operationId = "listStatements", summary = "List statements",
            description = "Stored press releases, speeches, letters and reports, newest first (by date, then id), without their "
                    + "text. Filter by author (organization or speaker), date range, a record they cite (any spelling: "
                    + "\"resolution 2254 (2015)\", \"Article 27\"; citing a paragraph of an article counts for the article) and "
                    + "words in the title or text. Pages are cursor-based. With `Accept: text/csv`, the same page as CSV with "
                    + "the columns of /api/v1/export/statements (with their text; the next page in the `Link` header).")
    public RestResponse<Page<StatementDto>> list(
            @RestQuery @Size(max = 300, message = "author must be at most 300 characters")
            @Parameter(description = "Words in the author organization or speaker (case-insensitive).", example = "Coalition") String author,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "from must be a date written YYYY-MM-DD")
            @Parameter(description = "Made on or after this date (YYYY-MM-DD).", example = "2024-01-01") String from,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "to must be a date written YYYY-MM-DD")
            @Parameter(description = "Made on or before this date (YYYY-MM-DD).", example = "2024-12-31") String to,
            @RestQuery @Size(max = 500, message = "cites must be at most 500 characters")
            @Parameter(description = "Only statements citing this record, written any way /api/v1/resolve accepts.",
                    example = "S/RES/2254 (2015)") String cites,
            @RestQuery @Size(max = 200, message = "q must be at most 200 characters")
            @Parameter(description = "Words that must all appear in the title or text (case-insensitive).", example = "veto") String q,
            @RestQuery @Size(max = 40, message = "updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)")
            @Parameter(description = "Only statements stored or replaced at or after this date (YYYY-MM-DD, midnight UTC) or "
                    + "instant (ISO 8601), for scripts that keep a copy in sync; deletions are in /api/v1/changes.",
                    example = "2024-01-01") String updatedSince,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var from_ = Params.date("from", from);
        var to_ = Params.date("to", to);
        Params.ordered(from_, to_);
        var filter = new StatementFilter(Params.blankToNull(author), from_, to_, cited(cites), words(q),
                Params.instant("updatedSince", updatedSince));
        if (Pages.csvWanted(headers)) {
            return Pages.csv(service.list(filter, page.after(), page.limit(), page.count(), ExportRows.StatementRow::of),
                    ExportRows.StatementRow.class, uri);
        }
        return Pages.ok(service.list(filter, page.after(), page.limit(), page.count()), uri);
    }

    private org.unref.citation.CitationTarget cited(String cites) {
        if (Params.blankToNull(cites) == null) {
            return null;
        }
        ResolvedReference resolved = citations.resolveCite(cites);
        if (!resolved.isFound()) {
            throw ProblemException.invalidParameter("cites", resolved.isAmbiguous()
                    ? "cites fits several records; ask /api/v1/resolve which one you mean"
                    : "cites does not name a record unref holds; check it with /api/v1/resolve");
        }
        return resolved.target();
    }

    private static List<String> words(String q) {
        String query = Params.blankToNull(q);
        return query == null ? null : Where.words(query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStatement", summary = "Get a statement",
            description = "One statement with its full text and the citations found in it, each resolved to the record it cites.")
    public StatementDto get(@RestPath @Size(max = 20, message = "id must be at most 20 characters")
    @Parameter(description = "The statement's id.", example = "1") String id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/cites")
    @Operation(operationId = "listStatementCitations", summary = "What a statement cites",
            description = "The citations stored for a statement, in text order, each with its offsets, snippet and the record it points at.")
    @APIResponse(responseCode = "200", description = "The citations in text order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StoredCitationDto.class)))
    public List<StoredCitationDto> cites(@RestPath @Size(max = 20, message = "id must be at most 20 characters")
    @Parameter(description = "The statement's id.", example = "1") String id) {
        return service.cites(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(RequiresRole.EDITOR)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "createStatement", summary = "Store a statement",
            description = "Stores a statement and the citations found in its text, each resolved to the record it cites, in one "
                    + "step: if anything fails nothing is stored. Needs an API key with the editor role. A statement whose "
                    + "sourceUrl is already stored is refused with 409.\n\n"
                    + "Send an `Idempotency-Key` (a new UUID per statement) to retry safely after a timeout or a dropped "
                    + "connection: the key is stored with the statement, in the same transaction, for the API key that sent it. "
                    + "The same key with the same body again answers 201 with the statement it created (as now stored) and "
                    + "`Idempotent-Replayed: true`, and creates nothing; with a different body, 422; while the first request "
                    + "with that key is still being processed, 409; if the statement it created has been deleted since, 410. "
                    + "Keys do not expire. A request that failed stored nothing, its key included, so it may be sent again.")
    @APIResponse(responseCode = "201", description = "Stored (or, with `Idempotent-Replayed: true`, stored by an earlier request "
            + "with the same Idempotency-Key); Location is its path.",
            headers = {
                    @Header(name = "Location", description = "The statement's path.",
                            schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = 2000)),
                    @Header(name = "Idempotent-Replayed", description = "`true` when this answer repeats an earlier request "
                            + "with the same Idempotency-Key; absent when this request created the statement.",
                            schema = @Schema(type = SchemaType.STRING, enumeration = { "true" }, maxLength = 4)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDto.class)))
    @APIResponse(responseCode = "409", description = "A statement with this sourceUrl is already stored, or a request with this "
            + "Idempotency-Key is still being processed.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The statement created with this Idempotency-Key has been deleted since.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "This Idempotency-Key was used for a request with a different body.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<StatementDto> create(
            @RestHeader(IdempotencyClaim.HEADER)
            @Parameter(name = IdempotencyClaim.HEADER, description = "A key of the client's choosing, new for every statement, "
                    + "that makes a retry of this request safe: 1 to 255 visible ASCII characters without quotes, backslashes "
                    + "or spaces, bare or as a quoted string (IETF draft \"The Idempotency-Key HTTP Header Field\"). Keys are "
                    + "kept per API key.", example = "8e03978e-40d5-43e8-bc93-6894a57f9324",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 257)) String idempotencyKey,
            @Valid @NotNull(message = "the body must be a statement in JSON") StatementRequest request,
            @Context HttpServerRequest http) {
        // An empty header reaches idempotencyKey as null; Vert.x keeps it as sent, so an empty key is refused, not ignored.
        String key = idempotencyKey != null ? idempotencyKey : http.getHeader(IdempotencyClaim.HEADER);
        IdempotencyClaim claim = IdempotencyClaim.of(key, caller.keyName().orElseThrow(), request, json);
        StatementCreation creation = service.create(request, claim);
        StatementDto created = creation.statement();
        var response = RestResponse.ResponseBuilder.<StatementDto>created(URI.create(created.links().get("self"))).entity(created);
        if (creation.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresRole(RequiresRole.EDITOR)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "replaceStatement", summary = "Replace a statement",
            description = "Replaces every field of a statement and finds its citations again. Needs the editor role.")
    @APIResponse(responseCode = "200", description = "The statement as now stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDto.class)))
    @APIResponse(responseCode = "409", description = "Another statement has this sourceUrl.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StatementDto replace(@RestPath @Size(max = 20, message = "id must be at most 20 characters")
    @Parameter(description = "The statement's id.", example = "1") String id,
            @Valid @NotNull(message = "the body must be a statement in JSON") StatementRequest request) {
        return service.replace(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RequiresRole(RequiresRole.EDITOR)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "deleteStatement", summary = "Delete a statement",
            description = "Deletes a statement and its citations. Needs the editor role.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@RestPath @Size(max = 20, message = "id must be at most 20 characters")
    @Parameter(description = "The statement's id.", example = "1") String id) {
        service.delete(id);
    }
}
