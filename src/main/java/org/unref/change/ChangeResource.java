package org.unref.change;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Params;
import org.unref.common.ProblemException;
import org.unref.common.Representations;
import org.unref.export.ExportRows;

@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Changes")
public class ChangeResource {

    private static final String SINCE_MESSAGE = "since must be a position (a whole number), a date (YYYY-MM-DD) or an instant "
            + "(2024-01-31T12:00:00Z)";

    private final ChangeService service;

    public ChangeResource(ChangeService service) {
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Operation(operationId = "listChanges", summary = "List changes, oldest first",
            description = "Every record created, updated or deleted (resolutions, vetoes, statements, the Charter, emergency "
                    + "special sessions, Uniting for Peace referrals), in the order the changes were committed, each with its "
                    + "position (`sequence`), time, kind, collection, id and the path of the record (none for a deletion). "
                    + "The log is written in the same transaction as the change, so it holds deletions, which the records "
                    + "themselves cannot show. The first load of the seed is in it as one `created` per record. To keep a copy "
                    + "in sync: load an export, note the last `sequence` here, then ask with `since` set to it and apply what "
                    + "comes. With `Accept: text/csv`, the same page as CSV (sequence, time, kind, collection, id, link; the next "
                    + "page in the `Link` header).")
    public RestResponse<Page<ChangeDto>> list(
            @RestQuery @Size(max = 40, message = SINCE_MESSAGE)
            @Parameter(description = "Where to start: a position (the changes after that `sequence`), or a date (YYYY-MM-DD, "
                    + "midnight UTC) or instant (ISO 8601) for the changes written at or after it. Empty: from the start.",
                    example = "3300") String since,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Long position = null;
        java.time.Instant time = null;
        String value = Params.blankToNull(since);
        if (value != null && value.matches("\\d{1,18}")) {
            position = Long.valueOf(value);
        } else if (value != null) {
            try {
                time = Params.instant("since", value);
            } catch (ProblemException e) {
                throw ProblemException.invalidParameter("since", SINCE_MESSAGE);
            }
        }
        var changes = service.list(position, time, page.after(), page.limit(), page.count());
        return Pages.csvWanted(headers) ? Pages.csv(changes.map(ExportRows.ChangeRow::of), ExportRows.ChangeRow.class, uri)
                : Pages.ok(changes, uri);
    }
}
