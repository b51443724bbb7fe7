package org.unref.resolution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;

/** A citation a resolution's text makes, with the paragraph it stands in. */
@Schema(name = "ResolutionCitation", description = "A document or Charter provision a resolution cites: a link the UN's file marks, or a Charter reference found in the words.")
public record ResolutionCitationDto(
        @Schema(description = "The citing paragraph's id in this resolution.", nullable = true, examples = "op-1") String paragraph,
        @Schema(description = "The citing paragraph's id in the UN's AKN file.", nullable = true, examples = "para_10") String paragraphEId,
        @Schema(description = "Offsets of the cited words in the paragraph text.", examples = "120") int start,
        @Schema(examples = "131") int end,
        @Schema(description = "The words as the text writes them.", examples = "2254 (2015)") String text,
        @Schema(description = "The words around them.") String snippet,
        @Schema(enumeration = { "resolution", "charter-provision", "charter-chapter", "meeting-record", "document", "draft",
                "named-instrument", "charter", "emergency-special-session" }, examples = "resolution") String kind,
        @Schema(description = "The normalized reference: a symbol's slug or a Charter id.", nullable = true, examples = "s-res-2254-2015") String referenceId,
        @Schema(description = "found (unref holds the cited record), unknown (it does not).", enumeration = { "found", "ambiguous", "unknown" }, examples = "found") String status,
        @Schema(description = "The cited record when found.", nullable = true) Ref target) {
}
