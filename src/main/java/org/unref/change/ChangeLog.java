package org.unref.change;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * Writes the change log inside the caller's transaction, so a change and its line commit or roll back together.
 * <p>
 * Numbers come from the locked head row, not from a database sequence: a sequence hands numbers out in the order
 * transactions ask, not the order they commit, so a reader at seq 6 could later see a 5 commit and miss it. Under
 * the lock, held to commit, a smaller number is never committed after a larger one. The price is that writers of
 * the log take turns from their first change to their commit; writes to unref are rare (statements, imports, the
 * seed), so the turn is short.
 */
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(ChangedCollection collection, String id) {
        record(ChangeKind.CREATED, collection, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(ChangedCollection collection, String id) {
        record(ChangeKind.UPDATED, collection, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(ChangedCollection collection, String id) {
        record(ChangeKind.DELETED, collection, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeKind kind, ChangedCollection collection, String id) {
        // Once locked in this transaction, find returns the managed row without asking the database again.
        ChangeHead head = em.find(ChangeHead.class, ChangeHead.ID, LockModeType.PESSIMISTIC_WRITE);
        head.lastSeq++;
        Change change = new Change();
        change.seq = head.lastSeq;
        change.changedAt = Instant.now();
        change.kind = kind.label();
        change.collection = collection.label;
        change.recordId = id;
        em.persist(change);
    }
}
