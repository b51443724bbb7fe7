package org.unref.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A record unref holds that a citation points at: its collection, id, a label a person reads and its path. */
@Schema(name = "CitationTarget", description = "A record a citation points at.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitationTarget(
        @Schema(description = "The collection: resolution, charter, veto or emergency-session.",
                enumeration = { "resolution", "charter", "veto", "emergency-session" }, examples = "resolution") String type,
        @Schema(description = "The record's id in its collection.", examples = "s-res-2254-2015") String id,
        @Schema(examples = "S/RES/2254 (2015)") String label,
        @Schema(description = "The record's path.", examples = "/api/v1/resolutions/s-res-2254-2015") String link) {

    /** The target type under which citations of this record are stored. */
    public StoredCitation.TargetType storedType() {
        return switch (type) {
            case "resolution" -> StoredCitation.TargetType.RESOLUTION;
            case "charter" -> StoredCitation.TargetType.CHARTER;
            case "veto" -> StoredCitation.TargetType.VETO;
            default -> StoredCitation.TargetType.EMERGENCY_SESSION;
        };
    }

    /** The id stored in the citation table: the record's id (an emergency session's number). */
    String storedId() {
        return id;
    }
}
