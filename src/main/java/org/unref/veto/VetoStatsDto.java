package org.unref.veto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VetoStats", description = "How many drafts were vetoed, grouped by member, year or decade.")
public record VetoStatsDto(
        @Schema(enumeration = { "member", "year", "decade" }, examples = "member") String by,
        @Schema(description = "How many drafts were vetoed in all. By member, the counts add up to more: a draft vetoed by "
                + "two members counts once for each.", examples = "220") long drafts,
        @Schema(description = "The date of the oldest veto unref holds.", examples = "1946-02-16") LocalDate from,
        @Schema(description = "The date of the newest veto unref holds. The counts stop there: a later veto that unref does "
                + "not hold yet is not counted (/api/v1/meta/coverage says what the sources cover).", examples = "2023-12-08") LocalDate through,
        List<Group> groups) {

    @Schema(name = "VetoStatsGroup", description = "One member, year or decade, and the list of its vetoes.")
    public record Group(
            @Schema(description = "Member code, year, or first year of the decade.", examples = "RU") String key,
            @Schema(examples = "Russian Federation") String label,
            @Schema(description = "Vetoed drafts in this group.", examples = "35") long count,
            @Schema(description = "The vetoes list filtered to this group.", examples = "/api/v1/vetoes?member=RU") String link) {
    }
}
