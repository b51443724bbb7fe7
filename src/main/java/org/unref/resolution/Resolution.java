package org.unref.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
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
import org.hibernate.annotations.SortNatural;
import org.unref.common.JsonConverters;
import org.unref.common.Source;
import org.unref.common.Vote;

/** A Security Council or General Assembly resolution, by the slug of its official symbol. */
@Entity
@Table(name = "resolution")
public class Resolution {

    @Id
    @Column(length = 100)
    public String id;

    @Column(nullable = false, unique = true, length = 100)
    public String symbol;

    @Column(nullable = false, length = 2)
    public String body;

    @Column(nullable = false, length = 30)
    public String number;

    @Column(name = "adoption_year", nullable = false)
    public int year;

    @Column(name = "adoption_date")
    public LocalDate adoptionDate;

    @Column(name = "sort_key", nullable = false, unique = true, length = 150)
    public String sortKey;

    @Column(name = "meeting_record", length = 60)
    public String meetingRecord;

    @Column(length = 2000)
    public String title;

    @Column(length = 2000)
    public String topic;

    /** Lower-cased symbol, title and topic, what {@code q} searches. */
    @Column(name = "search_text", nullable = false, length = 5000)
    public String searchText;

    @Column(name = "draft_symbol", length = 60)
    public String draftSymbol;

    @Column(name = "press_release", length = 60)
    public String pressRelease;

    @Column(name = "chapter_vii", nullable = false)
    public boolean chapterVII;

    /** Charter provisions the text invokes ({@code art-25}, {@code art-2-7}); filtered on, so a table of its own. */
    @ElementCollection
    @CollectionTable(name = "resolution_charter_provision", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "provision", length = 30)
    @BatchSize(size = 200)
    @SortNatural
    public SortedSet<String> charterArticles = new TreeSet<>();

    @Embedded
    public Vote vote = new Vote();

    @ElementCollection
    @CollectionTable(name = "resolution_subject", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "subject", length = 300)
    @BatchSize(size = 200)
    @SortNatural
    public SortedSet<String> subjects = new TreeSet<>();

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 8000)
    public List<Source> sources = new ArrayList<>();

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 8000)
    public List<String> notes = new ArrayList<>();

    /** The work's Akoma Ntoso IRI as its AKN4UN file writes it (FRBRWork/FRBRuri); null without such a file. */
    @Column(name = "akn_iri", length = 300)
    public String aknIri;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
