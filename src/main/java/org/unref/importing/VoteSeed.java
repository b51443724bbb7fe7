package org.unref.importing;

import java.util.List;

import org.unref.common.Vote;
import org.unref.common.VoteDto;

/** A vote as the seed files write it (docs/seed-format.md). */
public record VoteSeed(String method, Integer yes, Integer no, Integer abstain, Integer nonVoting, String raw,
        List<String> inFavour, List<String> against, List<String> abstaining, List<String> notParticipating) {

    public Vote toVote() {
        Vote vote = new Vote();
        vote.method = VoteDto.method(method);
        vote.yes = yes;
        vote.no = no;
        vote.abstain = abstain;
        vote.nonVoting = nonVoting;
        vote.raw = raw;
        vote.inFavour = listOrEmpty(inFavour);
        vote.against = listOrEmpty(against);
        vote.abstaining = listOrEmpty(abstaining);
        vote.notParticipating = listOrEmpty(notParticipating);
        return vote;
    }

    public static VoteSeed of(Vote vote) {
        if (vote == null || vote.method == null) {
            return null;
        }
        VoteDto dto = VoteDto.of(vote);
        return new VoteSeed(dto.method(), vote.yes, vote.no, vote.abstain, vote.nonVoting, vote.raw, dto.inFavour(),
                dto.against(), dto.abstaining(), dto.notParticipating());
    }

    /** The same vote with absent lists read as empty, so a seed line and a stored row compare equal. */
    public VoteSeed normalized() {
        return new VoteSeed(method, yes, no, abstain, nonVoting, raw, listOrEmpty(inFavour), listOrEmpty(against),
                listOrEmpty(abstaining), listOrEmpty(notParticipating));
    }

    private static List<String> listOrEmpty(List<String> list) {
        return list == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(list);
    }
}
