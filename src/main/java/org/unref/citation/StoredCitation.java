package org.unref.citation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A citation found in a statement or a resolution and stored with what it resolved to. The source is the
 * citing record; the target, when found, the cited one. Types are the names of the collections
 * ({@link SourceType}, {@link TargetType}).
 */
@Entity
@Table(name = "citation")
public class StoredCitation {

    public enum SourceType {
        STATEMENT, RESOLUTION
    }

    public enum TargetType {
        RESOLUTION, CHARTER, VETO, REFERRAL, EMERGENCY_SESSION
    }

    public enum Status {
        FOUND, AMBIGUOUS, UNKNOWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    public SourceType sourceType;

    @Column(name = "source_id", nullable = false, length = 100)
    public String sourceId;

    /** The citing paragraph of a resolution (its AKN eId, e.g. "para_3"), null for statements. */
    @Column(name = "source_paragraph", length = 100)
    public String sourceParagraph;

    /** The date of the citing record, so cited-by can say when. */
    @Column(name = "source_date")
    public LocalDate sourceDate;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Column(name = "matched_text", nullable = false, length = 1000)
    public String matchedText;

    /** The words around the citation, for a reader deciding whether to open the source. */
    @Column(nullable = false, length = 1000)
    public String snippet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public CitationKind kind;

    /** The extractor's normalized reference ("s-res-2254-2015", "art-27-3"); null when the text left it open. */
    @Column(name = "reference_id", length = 100)
    public String referenceId;

    @Column(length = 100)
    public String pinpoint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", length = 30)
    public TargetType targetType;

    /** The cited record's id within its collection (a Charter provision's id, e.g. "art-27-3"); null unless found. */
    @Column(name = "target_id", length = 100)
    public String targetId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
