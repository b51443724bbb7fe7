package org.unref.veto;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.unref.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VetoRepository implements PanacheRepositoryBase<Veto, String> {

    /** The page after {@code after} (newest first), one row more than asked so the caller knows if more follow. */
    public List<Veto> listAfter(VetoFilter filter, String after, int limit) {
        Where where = where(filter).and("v.sortKey < :after", "after", after);
        return find("select v from Veto v where " + where.jpql() + " order by v.sortKey desc", where.parameters())
                .page(0, limit + 1)
                .list();
    }

    public long countMatching(VetoFilter filter) {
        Where where = where(filter);
        return find("select v from Veto v where " + where.jpql(), where.parameters()).count();
    }

    /** Vetoed drafts per member (a draft vetoed by two members counts for each), as member code to count. */
    public Map<String, Long> countByMember() {
        return getEntityManager()
                .createQuery("select m, count(v) from Veto v join v.members m group by m", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** The dates of the oldest and of the newest veto held; two nulls when none is. */
    public LocalDate[] span() {
        Object[] row = getEntityManager().createQuery("select min(v.date), max(v.date) from Veto v", Object[].class)
                .getSingleResult();
        return new LocalDate[] { (LocalDate) row[0], (LocalDate) row[1] };
    }

    /** Vetoed drafts per year of the vote. */
    public Map<Integer, Long> countByYear() {
        return getEntityManager()
                .createQuery("select v.year, count(v) from Veto v group by v.year", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).intValue(), row -> ((Number) row[1]).longValue()));
    }

    /** What a reference to each of {@code ids} reads as: the draft symbol, else the meeting record. */
    public Map<String, String> labels(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select v.id, v.draftSymbol, v.meetingRecord from Veto v where v.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0],
                        row -> row[1] != null ? (String) row[1] : row[2] != null ? (String) row[2] : (String) row[0]));
    }

    private static Where where(VetoFilter f) {
        return new Where()
                .and("exists (select 1 from Veto w join w.members m where w = v and m = :member)", "member", f.member())
                .and("v.year = :year", "year", f.year())
                // a veto cast over several days matches when its days overlap the asked range
                .and("coalesce(v.dateEnd, v.date) >= :from", "from", f.from())
                .and("v.date <= :to", "to", f.to())
                .and("v.searchText like :q escape '!'", "q", f.q() == null ? null : Where.contains(f.q()))
                .and("v.updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
    }
}
