package org.unref.change;

import java.util.Locale;

/** What happened to a record. */
public enum ChangeKind {
    CREATED, UPDATED, DELETED;

    /** The word clients read: {@code created}, {@code updated}, {@code deleted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
