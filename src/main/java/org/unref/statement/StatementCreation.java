package org.unref.statement;

/** A created statement, and whether this answer replays an earlier request with the same Idempotency-Key. */
public record StatementCreation(StatementDto statement, boolean replayed) {
}
