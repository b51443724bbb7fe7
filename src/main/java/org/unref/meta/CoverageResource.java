package org.unref.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.unref.common.CachedReads;
import org.unref.common.ReferenceData;

@Path("/api/v1/meta")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meta", description = "What the service holds and where it comes from.")
@ReferenceData
@CachedReads
public class CoverageResource {

    private final CoverageService service;

    public CoverageResource(CoverageService service) {
        this.service = service;
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCoverage", summary = "Show what unref holds",
            description = "Counts per collection (resolutions, texts, per-member votes, citations, vetoes, Charter provisions), "
                    + "resolutions and vetoes per year (a count is null, not 0, for a year after the newest record of its "
                    + "collection: the sources stop before it), the date of the newest resolution and veto, how many records cite each "
                    + "kind of source (UN Digital Library, ODS, Dag Hammarskjöld Library pages, the UN's AKN files, press "
                    + "releases, secondary pages), and the Security Council resolution numbers missing between 1 and the "
                    + "highest held (none, when the record is complete).")
    public CoverageDto coverage() {
        return service.coverage();
    }
}
