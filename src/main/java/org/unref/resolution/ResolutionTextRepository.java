package org.unref.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Texts, paragraphs and per-member votes of resolutions. */
@ApplicationScoped
public class ResolutionTextRepository {

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
