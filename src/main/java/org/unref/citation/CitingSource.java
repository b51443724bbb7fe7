package org.unref.citation;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The record a citation was found in: a statement or a resolution. */
@Schema(name = "CitingSource", description = "The statement or resolution a citation was found in.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitingSource(
        @Schema(enumeration = { "statement", "resolution" }, examples = "statement") String type,
        @Schema(examples = "42") String id,
        @Schema(description = "The statement's title or the resolution's symbol.", examples = "Coalition urges the Council to refrain from the veto") String label,
        @Schema(nullable = true, examples = "2024-02-20") LocalDate date,
        @Schema(examples = "/api/v1/statements/42") String link) {
}
