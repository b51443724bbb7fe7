package org.unref.resolution;

/** How one member voted (yes, no, abstain, non-voting), with its ISO code and the name the source writes. */
public record MemberVoteValue(String code, String name, String vote) {

    static MemberVoteValue of(MemberVote v) {
        return new MemberVoteValue(v.code, v.name, v.vote);
    }
}
