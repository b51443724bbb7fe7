package org.unref.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How the Council (or the Assembly) voted on a text, as the source gives it: counts and, where named, the voters. */
@Embeddable
public class Vote {

    public enum Method {
        /** Counts are known. */
        RECORDED,
        /** "Adopted unanimously" with no tally given. */
        UNANIMOUS,
        /** Adopted without a vote. */
        WITHOUT_VOTE,
        /** Adopted by consensus (General Assembly). */
        CONSENSUS
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_method", length = 20)
    public Method method;

    @Column(name = "vote_yes")
    public Integer yes;

    @Column(name = "vote_no")
    public Integer no;

    @Column(name = "vote_abstain")
    public Integer abstain;

    @Column(name = "vote_non_voting")
    public Integer nonVoting;

    @Column(name = "vote_raw", length = 500)
    public String raw;

    @Convert(converter = JsonConverters.StringList.class)
    @Column(name = "vote_in_favour", length = 1000)
    public List<String> inFavour = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(name = "vote_against", length = 1000)
    public List<String> against = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(name = "vote_abstaining", length = 1000)
    public List<String> abstaining = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(name = "vote_not_participating", length = 1000)
    public List<String> notParticipating = new ArrayList<>();

    /** No one voted against and no one abstained: the journalist's "unanimous". */
    public boolean unanimous() {
        return method == Method.UNANIMOUS || (method == Method.RECORDED && Integer.valueOf(0).equals(no)
                && Integer.valueOf(0).equals(abstain));
    }
}
