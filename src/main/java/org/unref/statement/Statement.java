package org.unref.statement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unref.common.Where;

/** A press release, speech, letter or report, kept with its text so its citations can be found again. */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "author_organization", length = 300)
    public String authorOrganization;

    @Column(length = 300)
    public String speaker;

    @Column(name = "statement_date", nullable = false)
    public LocalDate date;

    /** press-release, speech, letter or report. */
    @Column(nullable = false, length = 20)
    public String kind;

    /** BCP 47 language tag ("en", "fr", "es-419"). */
    @Column(name = "lang", length = 35)
    public String language;

    @Column(name = "source_url", unique = true, length = 2000)
    public String sourceUrl;

    @Column(name = "body_text", nullable = false, length = 1048576)
    public String text;

    /**
     * The text folded for search ({@link org.unref.common.Where#fold}), written with it by {@link #setText}. Only
     * queries read it: lazy, so loading a statement never fetches its text twice.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_text", nullable = false, length = 1048576)
    String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Sets the text and its folded copy for search together, so they never disagree. */
    void setText(String text) {
        this.text = text;
        this.searchText = Where.fold(text);
    }

    /** The keyset of the list, newest first: date, then id. */
    String sortKey() {
        return date + "|" + id;
    }
}
