package org.unref.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A stored citation as its source lists it ("what does this cite"). */
@Schema(name = "StoredCitation", description = "A citation found in a stored statement or resolution, and what it points at.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredCitationDto(
        @Schema(examples = "1207") long id,
        @Schema(examples = "120") int start,
        @Schema(examples = "142") int end,
        @Schema(examples = "resolution 2254 (2015)") String text,
        @Schema(enumeration = { "resolution", "charter-provision", "charter-chapter", "charter", "named-instrument", "draft",
                "meeting-record", "emergency-special-session" }) String kind,
        @Schema(description = "The normalized reference; null when the text left it open.", nullable = true, examples = "s-res-2254-2015") String reference,
        @Schema(nullable = true, examples = "paragraph 22") String pinpoint,
        @Schema(description = "For a resolution's citation, the citing paragraph (AKN eId).", nullable = true, examples = "para_3") String paragraph,
        @Schema(enumeration = { "found", "ambiguous", "unknown" }) String status,
        @Schema(description = "The cited record, when found.", nullable = true) CitationTarget target,
        @Schema(description = "About 80 characters either side of the citation.") String snippet) {
}
