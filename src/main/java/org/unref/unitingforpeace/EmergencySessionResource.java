package org.unref.unitingforpeace;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.Page;
import org.unref.common.Pages;
import org.unref.common.ProblemDetail;
import org.unref.common.ReferenceData;
import org.unref.common.Representations;
import org.unref.export.ExportRows;

@Path("/api/v1/emergency-special-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uniting for Peace")
@ReferenceData
@CachedReads
public class EmergencySessionResource {

    private final UnitingForPeaceService service;

    public EmergencySessionResource(UnitingForPeaceService service) {
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @APIResponse(responseCode = "200", description = "All the sessions, in one page.")
    @Operation(operationId = "listEmergencySpecialSessions", summary = "List emergency special sessions",
            description = "The General Assembly's eleven emergency special sessions, first to eleventh, in one page: who "
                    + "convened each (the Council by a referral, or a majority of Members), the vetoes that led to it or "
                    + "that it took up, its dates and the resolutions a source names. The list has the shape of every "
                    + "list; `next` is always null. With `Accept: text/csv`, the sessions as CSV with the columns of "
                    + "/api/v1/export/emergency-special-sessions.")
    public RestResponse<Page<EmergencySessionDto>> list(@Context HttpHeaders headers) {
        if (Pages.csvWanted(headers)) {
            return Pages.csv(service.sessions(ExportRows.EmergencySessionRow::of), ExportRows.EmergencySessionRow.class, null);
        }
        return Representations.json(service.sessions());
    }

    @GET
    @Path("/{number}")
    @APIResponse(responseCode = "200", description = "The session.")
    @APIResponse(responseCode = "404", description = "No emergency special session has this number (1 to 11).",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(operationId = "getEmergencySpecialSession", summary = "Get an emergency special session",
            description = "One emergency special session by its number, 1 to 11 (ES-11 is 11).")
    public EmergencySessionDto get(
            @RestPath @Size(max = 20, message = "number must be at most 20 characters")
            @Parameter(description = "The session's number.", example = "11") String number) {
        return service.session(number);
    }
}
