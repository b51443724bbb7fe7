package org.unref.export;

import java.time.Instant;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.unref.common.Params;

@Path("/api/v1/export")
@Tag(name = "Export")
public class ExportResource {

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Path("/{collection}")
    @Produces({ "text/csv", "application/jsonl" })
    @Operation(operationId = "exportCollection", summary = "Download a whole collection",
            description = "Every record of a collection (resolutions, vetoes, statements, charter, emergency-special-sessions or "
                    + "referrals) in one file, as CSV (RFC 4180, with a header "
                    + "line; lists joined by \"; \") or as JSON Lines (one JSON object a line), streamed as it is read. "
                    + "With updatedSince, only the records created or changed since then, for scripts that keep a copy in sync (not "
                    + "for the Charter, whose texts carry no time of change; deletions are listed in /api/v1/changes). Statements "
                    + "come with their full text; the Charter as one row per text in reading order.")
    @APIResponse(responseCode = "200", description = "The collection, streamed.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1073741824),
                    examples = @ExampleObject(name = "resolutions", value = "id,symbol,body,number,year,adoptionDate,meetingRecord,...\n"
                            + "s-res-2254-2015,S/RES/2254 (2015),SC,2254,2015,2015-12-18,S/PV.7588,...\n")),
            @Content(mediaType = "application/jsonl", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 1073741824),
                    examples = @ExampleObject(name = "resolutions", value = "{\"id\":\"s-res-2254-2015\",\"symbol\":\"S/RES/2254 (2015)\",\"body\":\"SC\",...}\n")) })
    public Response export(
            @RestPath @Size(max = 40, message = "collection must be one of " + ExportService.NAMES)
            @Parameter(description = "resolutions, vetoes, statements, charter, emergency-special-sessions or referrals.",
                    example = "resolutions") String collection,
            @RestQuery @Pattern(regexp = "^(csv|jsonl)$", message = "format must be csv or jsonl")
            @Parameter(description = "csv (default) or jsonl.", example = "csv") String format,
            @RestQuery @Size(max = 40, message = "updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)")
            @Parameter(description = "Only records created or changed at or after this date (YYYY-MM-DD, midnight UTC) or instant "
                    + "(ISO 8601, e.g. 2024-01-31T12:00:00Z).", example = "2024-01-01") String updatedSince) {
        service.check(collection);
        ExportFormat chosen = ExportFormat.of(format);
        Instant since = Params.instant("updatedSince", updatedSince);
        service.checkUpdatedSince(collection, since);
        StreamingOutput body = out -> service.write(collection, chosen, since, out);
        return Response.ok(body, chosen.mediaType + (chosen == ExportFormat.CSV ? "; charset=UTF-8; header=present" : ""))
                .header("Content-Disposition", "attachment; filename=\"unref-" + collection + "."
                        + chosen.name().toLowerCase(java.util.Locale.ROOT) + "\"")
                .build();
    }
}
