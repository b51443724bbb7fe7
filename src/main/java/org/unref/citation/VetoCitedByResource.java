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
 * Who cites a vetoed draft. Its own class beside the feature's resource (same path prefix), because JAX-RS picks the class
 * by its path first. Its answers are cached until a statement is written, replaced or deleted ({@link ListsStatements}).
 */
@ListsStatements
@Path("/api/v1/vetoes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citations")
@CachedReads
public class VetoCitedByResource {

    private static final String LIST = CitedByService.LIST;

    @Inject
    CitedByService service;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Path("/{id}/cited-by")
    @Operation(operationId = "listVetoCitedBy", summary = "Who cites a vetoed draft", description = LIST)
    public RestResponse<Page<CitedByDto>> veto(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The veto's id.", example = "s-2022-155") String id,
            @Valid @BeanParam CitedBySince since, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return CitedByPages.answer(headers, uri, service.citedBy(service.veto(id), false, since, page));
    }
}
