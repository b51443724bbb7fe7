package org.unref.citation;

import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.ListsStatements;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Representations;

/**
 * Who cites an emergency special session. Its own class beside the feature's resource (same path prefix), because JAX-RS picks the class
 * by its path first. Its answers are cached until a statement is written, replaced or deleted ({@link ListsStatements}).
 */
@ListsStatements
@Path("/api/v1/emergency-special-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citations")
@CachedReads
public class EmergencySessionCitedByResource {

    private static final String LIST = CitedByService.LIST;

    @Inject
    CitedByService service;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Path("/{n}/cited-by")
    @Operation(operationId = "listEmergencySessionCitedBy", summary = "Who cites an emergency special session", description = LIST)
    public RestResponse<Page<CitedByDto>> session(
            @RestPath @Size(max = 10, message = "n must be a session number")
            @Parameter(description = "The session's number.", example = "10") String n,
            @Valid @BeanParam CitedBySince since, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return CitedByPages.answer(headers, uri, service.citedBy(service.session(n), false, since, page));
    }
}
