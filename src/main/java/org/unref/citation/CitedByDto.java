package org.unref.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One place where a record is cited ("who cites this"). */
@Schema(name = "CitedBy", description = "A statement or resolution citing the record, with the words around the citation.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitedByDto(
        @Schema(description = "The citation's id, the key of the paging cursor.", examples = "1207") long citationId,
        CitingSource source,
        @Schema(description = "The citation as the source writes it.", examples = "the third paragraph of Article Twenty-Seven") String text,
        @Schema(description = "About 80 characters either side of the citation.") String snippet,
        @Schema(nullable = true, examples = "paragraph 22") String pinpoint,
        @Schema(description = "For a citing resolution, the paragraph (AKN eId) the citation is in.", nullable = true, examples = "para_3") String paragraph,
        @Schema(description = "The cited record or part (Article 27 is also cited through art-27-3).") CitationTarget target) {
}
