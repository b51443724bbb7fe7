package org.unref.resolution;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;
import org.unref.common.VoteDto;

/** A resolution's vote: the counts, and how each member voted where the source names the voters. */
@Schema(name = "ResolutionVotes", description = "The vote on a resolution. `members` lists each member's vote where a source names the voters (the UN's AKN files, 2020 onwards); it is empty otherwise, and `membersKnown` is false.")
public record ResolutionVotesDto(
        Ref resolution,
        @Schema(nullable = true) VoteDto vote,
        @Schema(description = "True when the members' votes are known.") boolean membersKnown,
        List<MemberVoteDto> members,
        @Schema(description = "Where the per-member votes come from (empty when unknown).") List<Source> sources,
        @Schema(examples = "{\"self\": \"/api/v1/resolutions/s-res-2672-2023/votes\", \"resolution\": \"/api/v1/resolutions/s-res-2672-2023\"}") Map<String, String> links) {
}
