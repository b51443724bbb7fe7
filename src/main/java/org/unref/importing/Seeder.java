package org.unref.importing;

import java.util.List;

/**
 * A feature's part of the seed: one JSON Lines file under {@code seed/}, read into records of type {@code R}
 * and upserted by id. {@link SeedLoader} runs every seeder in {@link #order()} at start.
 */
public interface Seeder<R> {

    /** Resource path of the seed file, e.g. {@code seed/resolutions.jsonl}. */
    String resource();

    Class<R> recordType();

    /** Lower runs first; features whose records point at others' load after them. */
    default int order() {
        return 100;
    }

    /** Upsert all records (called inside a transaction); returns how many were created or changed. */
    int upsert(List<R> records);
}
