package org.unref.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.unref.common.JdbcBatches;

/** Texts, paragraphs and per-member votes of resolutions. */
@ApplicationScoped
public class ResolutionTextRepository {

    /** The entity's own converter, so batch-inserted links read back exactly as persisted ones. */
    private static final ParagraphLink.ListConverter LINKS = new ParagraphLink.ListConverter();

    @Inject
    EntityManager em;

    public Optional<ResolutionText> findText(String resolutionId) {
        return Optional.ofNullable(em.find(ResolutionText.class, resolutionId));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public List<ResolutionParagraph> listParagraphs(String resolutionId) {
        return em.createQuery("from ResolutionParagraph where resolutionId = :id order by ordinal", ResolutionParagraph.class)
                .setParameter("id", resolutionId).getResultList();
    }

    public Optional<ResolutionParagraph> findParagraph(String resolutionId, String paragraphId) {
        return em.createQuery("from ResolutionParagraph where resolutionId = :id and paragraphId = :pid", ResolutionParagraph.class)
                .setParameter("id", resolutionId).setParameter("pid", paragraphId).getResultStream().findFirst();
    }

    public void deleteParagraphs(String resolutionId) {
        em.createQuery("delete from ResolutionParagraph where resolutionId = :id").setParameter("id", resolutionId)
                .executeUpdate();
    }

    /** Resolutions that hold at least one row of {@code entity} (ResolutionParagraph, MemberVote or ResolutionText). */
    public Set<String> resolutionIdsWith(Class<?> entity) {
        return new HashSet<>(em.createQuery("select distinct e.resolutionId from " + entity.getSimpleName() + " e", String.class)
                .getResultList());
    }

    /**
     * Inserts new paragraphs in JDBC batches: Hibernate cannot batch rows whose id the database assigns, and a
     * resolution has dozens (8,400 in the seed), one round trip each. The rows are not attached to the session.
     */
    public void insertParagraphs(List<ResolutionParagraph> rows) {
        JdbcBatches.insert(em, "INSERT INTO resolution_paragraph (resolution_id, paragraph_id, eid, ordinal, kind, num, parent_id, body_text, "
                + "links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, (insert, p) -> {
                    insert.setString(1, p.resolutionId);
                    insert.setString(2, p.paragraphId);
                    insert.setString(3, p.eId);
                    insert.setInt(4, p.ordinal);
                    insert.setString(5, p.kind);
                    insert.setString(6, p.number);
                    insert.setString(7, p.parentId);
                    insert.setString(8, p.text);
                    insert.setString(9, LINKS.convertToDatabaseColumn(p.links));
                });
    }

    /** Inserts new per-member votes in JDBC batches, like {@link #insertParagraphs}. */
    public void insertVotes(List<MemberVote> rows) {
        JdbcBatches.insert(em, "INSERT INTO resolution_member_vote (resolution_id, member_code, member_name, member_vote) VALUES (?, ?, ?, ?)",
                rows, (insert, v) -> {
                    insert.setString(1, v.resolutionId);
                    insert.setString(2, v.code);
                    insert.setString(3, v.name);
                    insert.setString(4, v.vote);
                });
    }

    public List<MemberVote> listVotes(String resolutionId) {
        return em.createQuery("from MemberVote where resolutionId = :id order by code", MemberVote.class)
                .setParameter("id", resolutionId).getResultList();
    }

    public void deleteVotes(String resolutionId) {
        em.createQuery("delete from MemberVote where resolutionId = :id").setParameter("id", resolutionId).executeUpdate();
    }

    public long countTexts() {
        return em.createQuery("select count(t) from ResolutionText t", Long.class).getSingleResult();
    }

    public long countParagraphs() {
        return em.createQuery("select count(p) from ResolutionParagraph p", Long.class).getSingleResult();
    }

    /** Resolutions with per-member votes, by id. */
    public long countResolutionsWithMemberVotes() {
        return em.createQuery("select count(distinct v.resolutionId) from MemberVote v", Long.class).getSingleResult();
    }

    public Map<String, Long> countMemberVotesByResolution() {
        return em.createQuery("select v.resolutionId, count(v) from MemberVote v group by v.resolutionId", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }
}
