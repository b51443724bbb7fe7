package org.unref.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where a record's facts come from. */
@Schema(description = "A source of the record's facts: a UN Digital Library record, the document itself (ODS), a Dag Hammarskjöld Library page, an AKN4UN file, a press release, or a secondary page.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        @Schema(description = "Kind of source.", enumeration = { "undl", "ods", "dhl-meetings", "dhl-vetoes", "akn", "press-release", "un-charter", "secondary" }, examples = "ods") String type,
        @Schema(description = "What the source is.", examples = "Security Council meetings 2015 (Dag Hammarskjöld Library)") String title,
        @Schema(description = "Where to read it.", examples = "https://undocs.org/S/RES/2254(2015)") String url,
        @Schema(description = "The UN symbol the source is about.", examples = "S/RES/2254 (2015)") String symbol,
        @Schema(description = "What the source supports, or a doubt about it.") String note) {
}
