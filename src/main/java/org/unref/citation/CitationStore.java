package org.unref.citation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.unref.common.Keyset;
import org.unref.common.Links;
import org.unref.common.Page;
import org.unref.common.ProblemException;

/** Citations kept for a source, and read back both ways: what a source cites, and who cites a record. */
@ApplicationScoped
public class CitationStore {

    private final CitationExtractor extractor = new CitationExtractor();

    @Inject
    CitationRepository repository;

    @Inject
    CitationResolver resolver;

    @Inject
    Instance<CitingRecords> citingRecords;

    /**
     * Finds, resolves and stores the citations of a source's text in place of the ones it had, inside the caller's
     * transaction, so a source is never stored without its citations or with half of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<StoredCitation> replace(StoredCitation.SourceType type, String sourceId, LocalDate date, String text) {
        repository.deleteBySource(type, sourceId);
        Instant now = Instant.now();
        List<StoredCitation> stored = new ArrayList<>();
        for (Citation c : extractor.extract(text)) {
            ResolvedReference resolved = resolver.resolve(c);
            StoredCitation s = new StoredCitation();
            s.sourceType = type;
            s.sourceId = sourceId;
            s.sourceDate = date;
            s.start = c.start();
            s.end = c.end();
            s.matchedText = c.text().length() > 1000 ? c.text().substring(0, 1000) : c.text();
            s.snippet = Snippets.around(text, c.start(), c.end());
            s.kind = c.kind();
            s.referenceId = c.reference().id();
            s.pinpoint = c.pinpoint() == null || c.pinpoint().length() <= 100 ? c.pinpoint() : c.pinpoint().substring(0, 100);
            s.status = resolved.storedStatus();
            if (resolved.isFound()) {
                s.targetType = resolved.target().storedType();
                s.targetId = resolved.target().storedId();
            }
            s.createdAt = now;
            stored.add(s);
        }
        repository.persist(stored);
        return stored;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(StoredCitation.SourceType type, String sourceId) {
        repository.deleteBySource(type, sourceId);
    }

    public List<StoredCitationDto> cites(StoredCitation.SourceType type, String sourceId) {
        return repository.listBySource(type, sourceId).stream().map(this::toDto).toList();
    }

    public Map<String, Long> countBySources(StoredCitation.SourceType type, List<String> sourceIds) {
        return repository.countBySources(type, sourceIds);
    }

    /** Who cites a record, newest citation first, {@code limit} a page after the citation id {@code after}. */
    public Page<CitedByDto> citedBy(StoredCitation.TargetType type, String targetId, boolean withParts, java.time.Instant since,
            String after, int limit, boolean count) {
        Long afterId = null;
        if (after != null) {
            try {
                afterId = Long.valueOf(after);
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter("cursor", "cursor is not one this service gave out; pass the `next` value of the previous page unchanged");
            }
        }
        List<StoredCitation> rows = repository.listByTarget(type, targetId, withParts, since, afterId, limit);
        Page<StoredCitation> page = Keyset.page(rows, limit, c -> String.valueOf(c.id), count,
                () -> repository.countByTarget(type, targetId, withParts, since));
        List<String> statementIds = page.items().stream()
                .filter(c -> c.sourceType == StoredCitation.SourceType.STATEMENT).map(c -> c.sourceId).distinct().toList();
        Map<String, CitingSource> statements = statementIds.isEmpty() || citingRecords.isUnsatisfied() ? Map.of()
                : citingRecords.get().statements(statementIds);
        return page.map(c -> new CitedByDto(c.id, source(c, statements), c.matchedText, c.snippet, c.pinpoint,
                c.sourceParagraph, target(c).orElse(null)));
    }

    private CitingSource source(StoredCitation c, Map<String, CitingSource> statements) {
        if (c.sourceType == StoredCitation.SourceType.STATEMENT) {
            CitingSource known = statements.get(c.sourceId);
            return known != null ? known
                    : new CitingSource("statement", c.sourceId, c.sourceId, c.sourceDate, Links.API + "/statements/" + c.sourceId);
        }
        String label = resolver.target(StoredCitation.TargetType.RESOLUTION, c.sourceId).map(CitationTarget::label).orElse(c.sourceId);
        return new CitingSource("resolution", c.sourceId, label, c.sourceDate, Links.resolution(c.sourceId));
    }

    private Optional<CitationTarget> target(StoredCitation c) {
        return c.targetType == null ? Optional.empty() : resolver.target(c.targetType, c.targetId);
    }

    private StoredCitationDto toDto(StoredCitation c) {
        return new StoredCitationDto(c.id, c.start, c.end, c.matchedText, CitationDto.kindName(c.kind), c.referenceId, c.pinpoint,
                c.sourceParagraph, c.status.name().toLowerCase(java.util.Locale.ROOT), target(c).orElse(null), c.snippet);
    }
}
