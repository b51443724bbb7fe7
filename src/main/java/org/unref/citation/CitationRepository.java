package org.unref.citation;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.unref.common.JdbcBatches;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

/** Stored citations, read both ways: by source ("what does this cite") and by target ("who cites this"). */
@ApplicationScoped
public class CitationRepository implements PanacheRepository<StoredCitation> {


    /** A source's citations in text order. */
    public List<StoredCitation> listBySource(StoredCitation.SourceType type, String sourceId) {
        return list("sourceType = :type and sourceId = :id order by start, id",
                Parameters.with("type", type).and("id", sourceId));
    }

    /**
     * Citations of a target, newest first, after the citation id {@code afterId} (null for the first page);
     * one row more than {@code limit} so the caller knows whether more follow. With {@code withParts}, the
     * target's parts count too: Article 27 is cited by a citation of art-27-3.
     */
    public List<StoredCitation> listByTarget(StoredCitation.TargetType type, String targetId, boolean withParts,
            java.time.Instant since, Long afterId, int limit) {
        Parameters parameters = Parameters.with("type", type).and("id", targetId);
        String match = targetMatch(targetId, withParts, since, parameters);
        String after = "";
        if (afterId != null) {
            after = " and id < :after";
            parameters.and("after", afterId);
        }
        // setMaxResults without a first result: the SQL is "fetch first n rows only", with no "offset 0".
        var query = getEntityManager().createQuery("from StoredCitation where targetType = :type and " + match + after
                + " order by id desc", StoredCitation.class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    /** The sources of a type that hold at least one citation. */
    public java.util.Set<String> sourceIds(StoredCitation.SourceType type) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select distinct c.sourceId from StoredCitation c where c.sourceType = :type", String.class)
                .setParameter("type", type).getResultList());
    }

    /**
     * Inserts new citations in JDBC batches ({@link JdbcBatches}), in list order, so ids ascend as the list goes. The
     * rows are not attached to the session: callers must not expect these instances back as entities; their ids stay null.
     */
    public void insertAll(List<StoredCitation> rows) {
        JdbcBatches.insert(getEntityManager(), "INSERT INTO citation (source_type, source_id, source_paragraph, source_date, "
                + "start_offset, end_offset, matched_text, snippet, kind, reference_id, pinpoint, status, target_type, target_id, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (insert, c) -> {
                    insert.setString(1, c.sourceType.name());
                    insert.setString(2, c.sourceId);
                    insert.setString(3, c.sourceParagraph);
                    insert.setObject(4, c.sourceDate, Types.DATE);
                    insert.setInt(5, c.start);
                    insert.setInt(6, c.end);
                    insert.setString(7, c.matchedText);
                    insert.setString(8, c.snippet);
                    insert.setString(9, c.kind.name());
                    insert.setString(10, c.referenceId);
                    insert.setString(11, c.pinpoint);
                    insert.setString(12, c.status.name());
                    insert.setString(13, c.targetType == null ? null : c.targetType.name());
                    insert.setString(14, c.targetId);
                    insert.setObject(15, c.createdAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }

    public long deleteBySource(StoredCitation.SourceType type, String sourceId) {
        return delete("sourceType = :type and sourceId = :id", Parameters.with("type", type).and("id", sourceId));
    }

    public long countByTarget(StoredCitation.TargetType type, String targetId, boolean withParts, java.time.Instant since) {
        Parameters parameters = Parameters.with("type", type).and("id", targetId);
        return count("targetType = :type and " + targetMatch(targetId, withParts, since, parameters), parameters);
    }

    /** The condition on the target (and its parts) and time shared by a cited-by page and its count; adds its parameters. */
    private static String targetMatch(String targetId, boolean withParts, java.time.Instant since, Parameters parameters) {
        String match = withParts ? "(targetId = :id or targetId like :parts)" : "targetId = :id";
        if (withParts) {
            parameters.and("parts", targetId + "-%");
        }
        if (since != null) {
            match += " and createdAt >= :since";
            parameters.and("since", since);
        }
        return match;
    }

    /** How many citations each source has. */
    public java.util.Map<String, Long> countBySources(StoredCitation.SourceType type, java.util.Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return java.util.Map.of();
        }
        return getEntityManager()
                .createQuery("select c.sourceId, count(c) from StoredCitation c where c.sourceType = :type and c.sourceId in :ids "
                        + "group by c.sourceId", Object[].class)
                .setParameter("type", type).setParameter("ids", sourceIds)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }
}
