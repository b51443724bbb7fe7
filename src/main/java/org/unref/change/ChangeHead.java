package org.unref.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds the last sequence number given out; writers lock it to number their changes. */
@Entity
@Table(name = "change_head")
public class ChangeHead {

    static final int ID = 1;

    @Id
    public int id;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;
}
