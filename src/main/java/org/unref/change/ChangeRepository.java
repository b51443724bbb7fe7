package org.unref.change;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChangeRepository implements PanacheRepositoryBase<Change, Long> {

    /** The changes after {@code afterSeq}, oldest first, one more than asked. */
    public List<Change> listAfter(long afterSeq, int limit) {
        return find("seq > ?1 order by seq", afterSeq).page(0, limit + 1).list();
    }

    /** The position just before the first change written at or after {@code since}; the last position if none was. */
    public long positionBefore(Instant since) {
        Long first = getEntityManager()
                .createQuery("select min(c.seq) from Change c where c.changedAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
        if (first != null) {
            return first - 1;
        }
        Long last = getEntityManager().createQuery("select max(c.seq) from Change c", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    public long countAfter(long afterSeq) {
        return count("seq > ?1", afterSeq);
    }
}
