package org.unref.resolution;

import java.util.List;

import org.unref.common.Source;

/** One line of seed/resolution_votes.jsonl: how each member voted on a resolution (docs/seed-format.md). */
public record ResolutionVotesSeed(String symbol, List<MemberVoteValue> members, List<Source> sources) {
}
