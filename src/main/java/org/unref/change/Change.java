package org.unref.change;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the change log: a record of a collection was created, updated or deleted. */
@Entity
@Table(name = "change_log")
public class Change {

    /** Handed out by {@link ChangeLog} under the head's lock, never by the database: see V10__change_log.sql. */
    @Id
    public long seq;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** {@link ChangeKind#label()}. */
    @Column(nullable = false, length = 10)
    public String kind;

    /** {@link ChangedCollection#label}. */
    @Column(nullable = false, length = 40)
    public String collection;

    @Column(name = "record_id", nullable = false, length = 200)
    public String recordId;
}
