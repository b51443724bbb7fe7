package org.unref.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A pointer to a related record: its id, a label a person can read and the path to fetch it. */
@Schema(description = "A related record: its id, a label and the path to fetch it (null when unref does not hold it).")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Ref(
        @Schema(examples = "s-res-2118-2013") String id,
        @Schema(examples = "S/RES/2118 (2013)") String label,
        @Schema(examples = "/api/v1/resolutions/s-res-2118-2013", nullable = true) String link) {
}
