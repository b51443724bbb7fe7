package org.unref.resolution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How one Council member voted on a resolution, where the source names the voters. */
@Entity
@Table(name = "resolution_member_vote")
public class MemberVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resolution_id", nullable = false, length = 100)
    public String resolutionId;

    /** ISO 3166-1 alpha-2 (the USSR is SU). */
    @Column(name = "member_code", nullable = false, length = 2)
    public String code;

    /** The name as the source writes it. */
    @Column(name = "member_name", nullable = false, length = 100)
    public String name;

    /** yes, no, abstain or non-voting. */
    @Column(name = "member_vote", nullable = false, length = 12)
    public String vote;
}
