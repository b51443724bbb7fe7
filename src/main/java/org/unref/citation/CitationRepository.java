package org.unref.citation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

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
            Long afterId, int limit) {
        String match = withParts ? "(targetId = :id or targetId like :parts)" : "targetId = :id";
        Parameters parameters = Parameters.with("type", type).and("id", targetId);
        if (withParts) {
            parameters.and("parts", targetId + "-%");
        }
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

    public long deleteBySource(StoredCitation.SourceType type, String sourceId) {
        return delete("sourceType = :type and sourceId = :id", Parameters.with("type", type).and("id", sourceId));
    }

    public long countByTarget(StoredCitation.TargetType type, String targetId, boolean withParts) {
        String match = withParts ? "(targetId = :id or targetId like :parts)" : "targetId = :id";
        Parameters parameters = Parameters.with("type", type).and("id", targetId);
        if (withParts) {
            parameters.and("parts", targetId + "-%");
        }
        return count("targetType = :type and " + match, parameters);
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
