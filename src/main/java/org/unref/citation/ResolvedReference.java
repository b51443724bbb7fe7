package org.unref.citation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a reference resolved to: one record unref holds (found), several it cannot choose between (ambiguous),
 * or none (unknown, with the UN's own address of the document where there is one).
 */
@Schema(name = "CitationResolution", description = "Whether a citation points at a record unref holds.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResolvedReference(
        @Schema(enumeration = { "found", "ambiguous", "unknown" }, examples = "found") String status,
        @Schema(description = "The record, when found.", nullable = true) CitationTarget target,
        @Schema(description = "The records it may mean, when ambiguous; empty otherwise.") List<CitationTarget> candidates,
        @Schema(description = "The UN's own address of the cited document, when unref does not hold it.", nullable = true,
                examples = "https://undocs.org/S/PV.8697") String externalLink) {

    static ResolvedReference found(CitationTarget target) {
        return new ResolvedReference("found", target, List.of(), null);
    }

    static ResolvedReference of(List<CitationTarget> candidates) {
        return switch (candidates.size()) {
            case 0 -> unknown(null);
            case 1 -> found(candidates.get(0));
            default -> new ResolvedReference("ambiguous", null, List.copyOf(candidates), null);
        };
    }

    static ResolvedReference unknown(String externalLink) {
        return new ResolvedReference("unknown", null, List.of(), externalLink);
    }

    public boolean isFound() {
        return "found".equals(status);
    }

    public boolean isAmbiguous() {
        return "ambiguous".equals(status);
    }

    StoredCitation.Status storedStatus() {
        return isFound() ? StoredCitation.Status.FOUND : isAmbiguous() ? StoredCitation.Status.AMBIGUOUS : StoredCitation.Status.UNKNOWN;
    }
}
