package org.unref.veto;

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

/** A draft resolution or amendment that failed because a permanent member voted against it. */
@Entity
@Table(name = "veto")
public class Veto {

    @Id
    @Column(length = 100)
    public String id;

    @Column(name = "draft_symbol", length = 60)
    public String draftSymbol;

    @Column(name = "meeting_record", length = 60)
    public String meetingRecord;

    /** The day of the vote, or the first day when the source gives a range ("7-9 January 1980"). */
    @Column(name = "date_start", nullable = false)
    public LocalDate date;

    /** The last day of a range; null for a single day. */
    @Column(name = "date_end")
    public LocalDate dateEnd;

    /** The date as the source wrote it. */
    @Column(name = "date_text", length = 100)
    public String dateText;

    @Column(name = "veto_year", nullable = false)
    public int year;

    @Column(name = "sort_key", nullable = false, unique = true, length = 150)
    public String sortKey;

    @Column(name = "agenda_item", length = 2000)
    public String agendaItem;

    /** The crisis a secondary dataset (world-politics datalab) files the draft under, e.g. "Syria"; see sources. */
    @Column(length = 100)
    public String crisis;

    /** The region the same dataset files it under, e.g. "Middle East". */
    @Column(length = 100)
    public String region;

    /** Lower-cased draft symbol, meeting record, agenda item, crisis and region, what {@code q} searches. */
    @Column(name = "search_text", nullable = false, length = 3000)
    public String searchText;

    /** ISO codes of the permanent members that voted against (the USSR is SU); filtered on, so a table of its own. */
    @ElementCollection
    @CollectionTable(name = "veto_member", joinColumns = @JoinColumn(name = "veto_id"))
    @Column(name = "member", length = 2)
    @BatchSize(size = 200)
    public Set<String> members = new TreeSet<>();

    @Embedded
    public Vote vote = new Vote();

    /** The General Assembly's debate on this veto (A/RES/76/262), when one was held. */
    @Convert(converter = GaDebate.Converter.class)
    @Column(name = "ga_debate", length = 8000)
    public GaDebate gaDebate;

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 8000)
    public List<Source> sources = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 8000)
    public List<String> notes = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
