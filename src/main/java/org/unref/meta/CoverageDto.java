package org.unref.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the service holds: counts, years, the newest records, sources and gaps. */
@Schema(name = "Coverage", description = "What unref holds: counts per collection and per year, the newest record's date, the sources used and the Security Council resolution numbers missing.")
public record CoverageDto(
        @Schema(description = "Records per collection.", examples = "{\"resolutions\": 2738, \"vetoes\": 220}") Map<String, Long> collections,
        @Schema(description = "The resolutions and vetoes unref holds per year, oldest first.") List<YearCount> years,
        @Schema(description = "The date of the newest record of each dated collection.", examples = "{\"resolutions\": \"2025-02-24\", "
                + "\"securityCouncilResolutions\": \"2023-12-29\", \"vetoes\": \"2023-12-08\"}") Map<String, LocalDate> newest,
        @Schema(description = "How many records cite each kind of source.") List<SourceCount> sources,
        SecurityCouncilGaps securityCouncil) {

    /**
     * One year's records. A collection's count is null after the year of its newest record: the sources read stop
     * before that year, and 0 would say that nothing happened in it.
     */
    @Schema(name = "CoverageYear", description = "The records unref holds from one year. The count of Security Council "
            + "resolutions or of vetoes is null for a year after that of the newest one held: unref's sources stop before "
            + "it, so the number is not known (it is not zero).")
    public record YearCount(
            @Schema(examples = "2023") int year,
            @Schema(description = "Resolutions held, of the Security Council and of the General Assembly (the Assembly's "
                    + "procedural ones only).", examples = "53") long resolutions,
            @Schema(description = "Security Council resolutions held; null after the year of the newest one.", nullable = true,
                    examples = "50") Long securityCouncilResolutions,
            @Schema(description = "Vetoes held; null after the year of the newest one.", nullable = true, examples = "5") Long vetoes) {
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
