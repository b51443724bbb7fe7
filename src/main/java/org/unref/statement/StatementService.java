package org.unref.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.citation.CitationStore;
import org.unref.citation.StoredCitation;
import org.unref.citation.StoredCitationDto;
import org.unref.citation.TextBodies;
import org.unref.common.Keyset;
import org.unref.common.Page;
import org.unref.common.ProblemException;

/** Statements and their citations, written together in one transaction. */
@ApplicationScoped
public class StatementService {

    private static final StoredCitation.SourceType SOURCE = StoredCitation.SourceType.STATEMENT;

    @Inject
    StatementRepository repository;

    @Inject
    CitationStore citations;

    @Inject
    ChangeLog changes;

    @Inject
    IdempotencyKeyRepository keys;

    public StatementDto get(String id) {
        Statement s = find(id);
        return StatementMapper.toDto(s, citations.cites(SOURCE, String.valueOf(s.id)));
    }

    public List<StoredCitationDto> cites(String id) {
        return citations.cites(SOURCE, String.valueOf(find(id).id));
    }

    public Page<StatementDto> list(StatementFilter filter, String after, int limit, boolean count) {
        Page<Statement> page = page(filter, after, limit, count);
        Map<String, Long> counts = citations.countBySources(SOURCE, page.items().stream().map(s -> String.valueOf(s.id)).toList());
        return page.map(s -> StatementMapper.toSummary(s, counts.getOrDefault(String.valueOf(s.id), 0L)));
    }

    /** The page in another shape than the API record: the export's rows for {@code Accept: text/csv}. */
    public <T> Page<T> list(StatementFilter filter, String after, int limit, boolean count,
            java.util.function.Function<Statement, T> as) {
        return page(filter, after, limit, count).map(as);
    }

    private Page<Statement> page(StatementFilter filter, String after, int limit, boolean count) {
        LocalDate afterDate = null;
        Long afterId = null;
        if (after != null) {
            try {
                String[] parts = after.split("\\|", 2);
                afterDate = LocalDate.parse(parts[0]);
                afterId = Long.valueOf(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter("cursor",
                        "cursor is not one this service gave out; pass the `next` value of the previous page unchanged");
            }
        }
        return Keyset.page(repository.listAfter(filter, afterDate, afterId, limit), limit, Statement::sortKey, count,
                () -> repository.countMatching(filter));
    }

    /**
     * Stores a statement, or, when {@code claim} names an Idempotency-Key this client already used, answers what
     * that request created. The key's row is written in this transaction, before the statement: a second request
     * with the same key waits on it and then fails on the unique constraint (409), and a crash leaves both rows
     * or neither.
     */
    @Transactional
    public StatementCreation create(StatementRequest request, IdempotencyClaim claim) {
        if (claim != null) {
            Optional<IdempotencyKey> earlier = keys.findByClientAndKey(claim.client(), claim.key());
            if (earlier.isPresent()) {
                return replay(earlier.get(), claim);
            }
        }
        TextBodies.check(request.text(), "text");
        // The key first: a concurrent request with the same key then waits here and gets 409, rather than finding
        // the first one's sourceUrl just committed and answering a misleading duplicate-source-url.
        IdempotencyKey key = claim == null ? null : claimKey(claim);
        refuseDuplicate(request.sourceUrl(), null);
        Statement s = new Statement();
        StatementMapper.apply(request, s);
        s.createdAt = Instant.now();
        s.updatedAt = s.createdAt;
        repository.persistAndFlush(s);
        citations.replace(SOURCE, String.valueOf(s.id), s.date, s.text);
        changes.created(ChangedCollection.STATEMENTS, String.valueOf(s.id));
        if (key != null) {
            key.statementId = s.id;
        }
        return new StatementCreation(get(String.valueOf(s.id)), false);
    }

    private IdempotencyKey claimKey(IdempotencyClaim claim) {
        IdempotencyKey key = new IdempotencyKey();
        key.clientName = claim.client();
        key.key = claim.key();
        key.fingerprint = claim.fingerprint();
        key.responseStatus = 201;
        key.createdAt = Instant.now();
        try {
            keys.persistAndFlush(key);
        } catch (PersistenceException e) {
            if (takenMeanwhile(e)) {
                throw IdempotencyKeyException.inUse();
            }
            throw e;
        }
        return key;
    }

    /**
     * Whether the key's insert failed because another transaction holds the same key: PostgreSQL and H2 make the
     * insert wait for that transaction and then refuse it on the unique constraint; H2 may instead give up
     * waiting after its lock timeout while the other request still runs.
     */
    private static boolean takenMeanwhile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation.getConstraintName() != null
                        && violation.getConstraintName().toLowerCase(Locale.ROOT).contains("idempotency_key_client_key");
            }
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof org.hibernate.PessimisticLockException || t instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    private StatementCreation replay(IdempotencyKey earlier, IdempotencyClaim claim) {
        if (!earlier.fingerprint.equals(claim.fingerprint())) {
            throw IdempotencyKeyException.reused();
        }
        Optional<Statement> created = repository.findByIdOptional(earlier.statementId);
        if (created.isEmpty()) {
            throw IdempotencyKeyException.statementDeleted(earlier.statementId);
        }
        Statement s = created.get();
        return new StatementCreation(StatementMapper.toDto(s, citations.cites(SOURCE, String.valueOf(s.id))), true);
    }

    @Transactional
    public StatementDto replace(String id, StatementRequest request) {
        Statement s = findForUpdate(id);
        TextBodies.check(request.text(), "text");
        refuseDuplicate(request.sourceUrl(), s.id);
        StatementMapper.apply(request, s);
        s.updatedAt = Instant.now();
        repository.flush();
        citations.replace(SOURCE, String.valueOf(s.id), s.date, s.text);
        changes.updated(ChangedCollection.STATEMENTS, String.valueOf(s.id));
        return get(id);
    }

    @Transactional
    public void delete(String id) {
        Statement s = findForUpdate(id);
        citations.delete(SOURCE, String.valueOf(s.id));
        repository.delete(s);
        changes.deleted(ChangedCollection.STATEMENTS, String.valueOf(s.id));
    }

    private void refuseDuplicate(String sourceUrl, Long self) {
        if (sourceUrl == null || sourceUrl.isBlank()) {
            return;
        }
        Optional<Statement> other = repository.findBySourceUrl(sourceUrl.strip());
        if (other.isPresent() && !other.get().id.equals(self)) {
            throw new DuplicateSourceUrlException(sourceUrl.strip(), other.get().id);
        }
    }


    private Statement findForUpdate(String id) {
        return find(id, repository::findByIdForUpdate);
    }

    private Statement find(String id) {
        return find(id, repository::findByIdOptional);
    }

    /** An id that is not a statement's number (letters, zero, too long) names no statement: 404, not 400. */
    private static Statement find(String id, java.util.function.LongFunction<Optional<Statement>> lookup) {
        Optional<Statement> s = id.matches("[1-9][0-9]{0,17}") ? lookup.apply(Long.parseLong(id)) : Optional.empty();
        return s.orElseThrow(() -> new UnknownStatementException(id));
    }
}
