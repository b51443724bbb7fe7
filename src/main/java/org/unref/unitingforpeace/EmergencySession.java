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
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.unref.common.JsonConverters;
import org.unref.common.Source;

/** An emergency special session of the General Assembly, by its number. */
@Entity
@Table(name = "emergency_session")
public class EmergencySession {

    @Id
    @Column(name = "session_number")
    public int number;

    @Column(nullable = false, length = 500)
    public String topic;

    /** Null where the sources disagree on the opening day. */
    @Column(name = "date_start")
    public LocalDate dateStart;

    /** The last meeting known from the sources. */
    @Column(name = "date_end")
    public LocalDate dateEnd;

    @Column(nullable = false)
    public boolean resumed;

    /** security-council or general-assembly-members. */
    @Column(name = "convened_by", nullable = false, length = 40)
    public String convenedBy;

    /** Symbol of the Council resolution that convened it, when the Council did. */
    @Column(name = "convened_under", length = 100)
    public String convenedUnder;

    @Column(length = 200)
    public String request;

    @ElementCollection
    @CollectionTable(name = "emergency_session_triggering_veto", joinColumns = @JoinColumn(name = "session_number"))
    @Column(name = "veto_id", length = 100)
    @BatchSize(size = 50)
    public Set<String> triggeringVetoes = new TreeSet<>();

    /** Symbols of resolutions adopted at the session, where a source gave them. */
    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 4000)
    public List<String> resolutions = new ArrayList<>();

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 8000)
    public List<Source> sources = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 8000)
    public List<String> notes = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
