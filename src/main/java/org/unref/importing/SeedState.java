package org.unref.importing;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Which version (content hash) of each seed file the database holds, so an unchanged seed is not read again. */
@Entity
@Table(name = "seed_state")
public class SeedState {

    @Id
    @Column(length = 100)
    public String name;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(name = "record_count", nullable = false)
    public int recordCount;
}
