package org.unref.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the service holds: counts, years, the newest records, sources and gaps. */
@Schema(name = "Coverage", description = "What unref holds: counts per collection and per year, the newest record's date, the sources used and the Security Council resolution numbers missing.")
public record CoverageDto(
        @Schema(description = "Records per collection.", examples = "{\"resolutions\": 2738, \"vetoes\": 220}") Map<String, Long> collections,
        @Schema(description = "Resolutions (SC and GA) and vetoes per year, oldest first.") List<YearCount> years,
        @Schema(description = "The date of the newest record of each dated collection.", examples = "{\"resolutions\": \"2023-12-22\", \"vetoes\": \"2023-12-08\"}") Map<String, LocalDate> newest,
        @Schema(description = "How many records cite each kind of source.") List<SourceCount> sources,
        SecurityCouncilGaps securityCouncil) {

    @Schema(name = "CoverageYear")
    public record YearCount(@Schema(examples = "2023") int year, @Schema(examples = "50") long resolutions,
            @Schema(examples = "5") long vetoes) {
    }

    @Schema(name = "CoverageSource")
    public record SourceCount(
            @Schema(description = "Kind of source (as in a record's sources).", examples = "akn") String type,
            @Schema(examples = "218") long resolutions,
            @Schema(examples = "5") long vetoes) {
    }

    @Schema(name = "CoverageGaps", description = "Security Council resolution numbers from 1 to the highest held, and those missing.")
    public record SecurityCouncilGaps(
            @Schema(examples = "1") int first,
            @Schema(examples = "2721") int last,
            @Schema(description = "Numbers between first and last that unref does not hold.", examples = "[]") List<Integer> missing,
            @Schema(description = "Resolutions with a stored text.", examples = "216") long withText,
            @Schema(description = "Resolutions with per-member votes.", examples = "213") long withMemberVotes) {
    }
}
