package org.unref.citation;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.unref.common.Params;

/** {@code updatedSince} of the cited-by lists: one definition for the seven of them. */
public class CitedBySince {

    @RestQuery
    @Size(max = 40, message = "updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)")
    @Parameter(description = "Only citations recorded at or after this date (YYYY-MM-DD, midnight UTC) or instant (ISO 8601): "
            + "those of statements and resolutions created or changed since then, for scripts that keep a copy in sync. "
            + "Citations of a record that was deleted since are gone from the list; `/api/v1/changes` lists the deletion.",
            example = "2024-01-01")
    String updatedSince;

    /** The point in time, or null for every citation; a 400 naming the parameter when it is not a date or instant. */
    public Instant instant() {
        return Params.instant("updatedSince", updatedSince);
    }
}
