package org.unref.citation;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Citation", description = "A reference to a UN document or Charter provision found in a text, and what it resolved to.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitationDto(
        @Schema(description = "Offset of the first character of the citation in the text (UTF-16 code units, as in JavaScript).", examples = "120") int start,
        @Schema(description = "Offset just after the last character.", examples = "142") int end,
        @Schema(description = "The citation as the text writes it.", examples = "resolution 2254 (2015)") String text,
        @Schema(enumeration = { "resolution", "charter-provision", "charter-chapter", "charter", "named-instrument", "draft",
                "meeting-record", "emergency-special-session" }, examples = "resolution") String kind,
        ReferenceDto reference,
        @Schema(description = "The part of the cited document the text points at.", nullable = true, examples = "paragraph 22") String pinpoint,
        ResolvedReference resolution) {

    static CitationDto of(Citation c, ResolvedReference resolution) {
        Reference r = c.reference();
        return new CitationDto(c.start(), c.end(), c.text(), kindName(c.kind()),
                new ReferenceDto(r.id(), r.symbol(), r.body(), r.number(), r.year(), r.paragraph(), r.item(), r.rangeIds()),
                c.pinpoint(), resolution);
    }

    static String kindName(CitationKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Schema(name = "Reference", description = "The reference normalized, whatever the spelling.")
    public record ReferenceDto(
            @Schema(description = "The id unref uses: the symbol's slug or a Charter id; null when the text leaves it open "
                    + "(\"resolution 2254\" without a year).", nullable = true, examples = "s-res-2254-2015") String id,
            @Schema(description = "The official symbol, when the text determines it.", nullable = true, examples = "S/RES/2254 (2015)") String symbol,
            @Schema(description = "SC or GA, for resolutions.", nullable = true, examples = "SC") String body,
            @Schema(description = "The number as the UN writes it: resolution number, article, chapter numeral or session.", nullable = true, examples = "2254") String number,
            @Schema(nullable = true, examples = "2015") Integer year,
            @Schema(description = "The Charter paragraph.", nullable = true) String paragraph,
            @Schema(description = "The Charter item letter.", nullable = true) String item,
            @Schema(description = "For a range of articles, the id of each.") List<String> rangeIds) {
    }
}
