package org.unref.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "SearchHit", description = "A record matching the search, with the words around the match.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchHitDto(
        @Schema(enumeration = { "statements", "resolutions", "vetoes" }, examples = "resolutions") String collection,
        @Schema(examples = "s-res-2254-2015") String id,
        @Schema(description = "Symbol, draft symbol or title.", examples = "S/RES/2254 (2015)") String label,
        @Schema(examples = "/api/v1/resolutions/s-res-2254-2015") String link,
        @Schema(description = "Relevance: a symbol match ranks above a title match, a title match above a text match, "
                + "and more occurrences rank higher.", examples = "42") int score,
        @Schema(description = "The field the snippet comes from.", examples = "topic") String field,
        @Schema(description = "The words around the first match.", examples = "…The situation in the Middle East…") String snippet) {
}
