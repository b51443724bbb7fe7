package org.unref.unitingforpeace;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.unref.common.CachedReads;
import org.unref.common.ProblemDetail;
import org.unref.common.ReferenceData;

@Path("/api/v1/uniting-for-peace")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uniting for Peace")
@ReferenceData
@CachedReads
public class UnitingForPeaceResource {

    private final UnitingForPeaceService service;

    public UnitingForPeaceResource(UnitingForPeaceService service) {
        this.service = service;
    }

    @GET
    @APIResponse(responseCode = "200", description = "377 (V) and the referrals.")
    @Operation(operationId = "getUnitingForPeace", summary = "Uniting for Peace and the Council's referrals",
            description = "General Assembly resolution 377 (V) \"Uniting for Peace\" (1950), under which the Assembly takes "
                    + "up a threat to peace when a veto leaves the Security Council unable to act, and the eight times the "
                    + "Council referred a question to the Assembly under it, from Suez (1956) to Ukraine (2022). Each "
                    + "referral gives its resolution, date, meeting, vote, the vetoes that led to it and the emergency "
                    + "special session it convened. One document: there are few enough to need no paging.")
    public UnitingForPeaceDto get() {
        return service.overview();
    }

    @GET
    @Path("/referrals/{id}")
    @APIResponse(responseCode = "200", description = "The referral.")
    @APIResponse(responseCode = "404", description = "No referral has this id.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(operationId = "getReferral", summary = "Get a Uniting for Peace referral",
            description = "One Council referral to the General Assembly by its id, the slug of the referring resolution's "
                    + "symbol: S/RES/119 (1956) is s-res-119-1956, S/RES/2623 (2022) is s-res-2623-2022.")
    public ReferralDto referral(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the referring resolution's symbol.", example = "s-res-2623-2022") String id) {
        return service.referral(id);
    }
}
