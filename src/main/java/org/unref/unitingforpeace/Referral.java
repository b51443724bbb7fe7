package org.unref.unitingforpeace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.unref.common.JsonConverters;
import org.unref.common.Source;
import org.unref.common.Vote;

/** A Security Council resolution referring a question to the General Assembly under resolution 377 (V). */
@Entity
@Table(name = "referral")
public class Referral {

    /** The slug of the referring resolution's symbol. */
    @Id
    @Column(length = 100)
    public String id;

    @Column(name = "resolution_symbol", nullable = false, unique = true, length = 100)
    public String resolution;

    @Column(name = "adoption_date", nullable = false)
    public LocalDate date;

    @Column(name = "meeting_record", length = 60)
    public String meetingRecord;

    @Embedded
    public Vote vote = new Vote();

    /** Ids of the vetoes that left the Council unable to act; a veto looks its referral up here. */
    @ElementCollection
    @CollectionTable(name = "referral_triggering_veto", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "veto_id", length = 100)
    @BatchSize(size = 50)
    public Set<String> triggeringVetoes = new TreeSet<>();

    /** Meeting records at which the lack of unanimity occurred, as the resolution names them. */
    @Convert(converter = JsonConverters.StringList.class)
    @Column(name = "triggering_meetings", nullable = false, length = 1000)
    public List<String> triggeringMeetings = new ArrayList<>();

    /** Number of the emergency special session it convened; null when the question went to a regular session. */
    @Column(name = "emergency_session")
    public Integer emergencySession;

    @Column(length = 500)
    public String subject;

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 8000)
    public List<Source> sources = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 8000)
    public List<String> notes = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
