package org.unref.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    public StatementDto get(String id) {
        Statement s = find(id);
        return StatementMapper.toDto(s, citations.cites(SOURCE, String.valueOf(s.id)));
    }

    public List<StoredCitationDto> cites(String id) {
        return citations.cites(SOURCE, String.valueOf(find(id).id));
    }

    public Page<StatementDto> list(StatementFilter filter, String after, int limit, boolean count) {
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
        Page<Statement> page = Keyset.page(repository.listAfter(filter, afterDate, afterId, limit), limit, Statement::sortKey, count,
                () -> repository.countMatching(filter));
        Map<String, Long> counts = citations.countBySources(SOURCE, page.items().stream().map(s -> String.valueOf(s.id)).toList());
        return page.map(s -> StatementMapper.toSummary(s, counts.getOrDefault(String.valueOf(s.id), 0L)));
    }

    @Transactional
    public StatementDto create(StatementRequest request) {
        TextBodies.check(request.text(), "text");
        refuseDuplicate(request.sourceUrl(), null);
        Statement s = new Statement();
        StatementMapper.apply(request, s);
        s.createdAt = Instant.now();
        s.updatedAt = s.createdAt;
        repository.persistAndFlush(s);
        citations.replace(SOURCE, String.valueOf(s.id), s.date, s.text);
        changes.created(ChangedCollection.STATEMENTS, String.valueOf(s.id));
        return get(String.valueOf(s.id));
    }

    @Transactional
    public StatementDto replace(String id, StatementRequest request) {
        Statement s = find(id);
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
        Statement s = find(id);
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

    private Statement find(String id) {
        Optional<Statement> s = id.matches("[1-9][0-9]{0,17}") ? repository.findByIdOptional(Long.valueOf(id)) : Optional.empty();
        return s.orElseThrow(() -> new UnknownStatementException(id));
    }
}
