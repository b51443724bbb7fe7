package org.unref.common;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vote as the API shows it. */
@Schema(name = "Vote", description = "How the body voted, as the sources give it. Counts are null where the source gives no tally (\"adopted unanimously\" in early years).")
public record VoteDto(
        @Schema(description = "recorded (counts known), unanimous (adopted unanimously, no tally given), without-vote, consensus.",
                enumeration = { "recorded", "unanimous", "without-vote", "consensus" }, examples = "recorded") String method,
        @Schema(nullable = true, examples = "15") Integer yes,
        @Schema(nullable = true, examples = "0") Integer no,
        @Schema(nullable = true, examples = "0") Integer abstain,
        @Schema(description = "Members present and not voting, or absent, where the source gives it.", nullable = true) Integer nonVoting,
        @Schema(description = "The vote as the source wrote it.", nullable = true, examples = "15-0-0") String raw,
        @Schema(description = "Members in favour (ISO 3166 alpha-2 codes), where the source names them.") List<String> inFavour,
        @Schema(description = "Members against.", examples = "[\"RU\"]") List<String> against,
        @Schema(description = "Members abstaining.") List<String> abstaining,
        @Schema(description = "Members present and not voting, or absent.") List<String> notParticipating) {

    public static VoteDto of(Vote vote) {
        if (vote == null || vote.method == null) {
            return null;
        }
        return new VoteDto(vote.method.name().toLowerCase(Locale.ROOT).replace('_', '-'), vote.yes, vote.no, vote.abstain,
                vote.nonVoting, vote.raw, List.copyOf(vote.inFavour), List.copyOf(vote.against), List.copyOf(vote.abstaining),
                List.copyOf(vote.notParticipating));
    }

    /** Reads a seed or API method name ("without-vote") into the stored enum. */
    public static Vote.Method method(String name) {
        return Vote.Method.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
