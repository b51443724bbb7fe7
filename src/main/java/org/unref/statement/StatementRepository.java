package org.unref.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.unref.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class StatementRepository implements PanacheRepository<Statement> {

    /**
     * The statement, locked until the transaction ends: of two writes to one statement at once, the second waits
     * for the first and then sees what it left (nothing, after a delete) instead of failing at commit.
     */
    public Optional<Statement> findByIdForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Statement> findBySourceUrl(String sourceUrl) {
        return find("sourceUrl", sourceUrl).firstResultOptional();
    }

    /** The page after the keyset ({@code afterDate}, {@code afterId}), newest first, one row more than asked. */
    public List<Statement> listAfter(StatementFilter filter, LocalDate afterDate, Long afterId, int limit) {
        Where where = where(filter);
        if (afterDate != null) {
            // "s.date <= :afterDate" first, so the database starts its walk of statement_date_id at the cursor
            // instead of reading (and dropping) every row of the pages before it.
            where.andIf(true, "s.date <= :afterDate and (s.date < :afterDate or s.id < :afterId)")
                    .param("afterDate", afterDate).param("afterId", afterId);
        }
        // setMaxResults without a first result: the SQL is "fetch first n rows only", with no "offset 0".
        var query = getEntityManager().createQuery("select s from Statement s where " + where.jpql() + " order by s.date desc, s.id desc",
                Statement.class);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    public long countMatching(StatementFilter filter) {
        Where where = where(filter);
        return find("select s from Statement s where " + where.jpql(), where.parameters()).count();
    }

    private static Where where(StatementFilter f) {
        Where where = new Where()
                .and("(lower(s.authorOrganization) like :author escape '!' or lower(s.speaker) like :author escape '!')", "author",
                        f.author() == null ? null : Where.contains(f.author()))
                .and("s.date >= :from", "from", f.from())
                .and("s.date <= :to", "to", f.to())
                .and("s.updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        if (f.cites() != null) {
            boolean article = f.cites().id().matches("art-\\d+");
            where.andIf(true, "exists (select 1 from StoredCitation c where c.sourceType = org.unref.citation.StoredCitation.SourceType.STATEMENT"
                    + " and c.sourceId = cast(s.id as string) and c.targetType = :targetType and (c.targetId = :targetId"
                    + (article ? " or c.targetId like :targetParts" : "") + "))")
                    .param("targetType", f.cites().storedType())
                    .param("targetId", f.cites().id());
            if (article) {
                where.param("targetParts", f.cites().id() + "-%");
            }
        }
        if (f.words() != null) {
            containingEveryWord(where, f.words());
        }
        return where;
    }

    /**
     * Narrows {@code where} to the statements (alias {@code s}) that contain every word in their title or text,
     * anywhere and whatever the case: the text is matched in its folded copy, the short title is folded here.
     */
    public static Where containingEveryWord(Where where, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            where.and("(lower(s.title) like :w" + i + " escape '!' or s.searchText like :w" + i + " escape '!')", "w" + i,
                    Where.contains(words.get(i)));
        }
        return where;
    }
}
