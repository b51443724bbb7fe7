package org.unref.unitingforpeace;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EmergencySessionRepository implements PanacheRepositoryBase<EmergencySession, Integer> {

    public List<EmergencySession> listByNumber() {
        return list("order by number");
    }

    /** The sessions that took up each of {@code vetoIds}, as (veto id, session number) pairs. */
    public List<Object[]> listTriggeredBy(Collection<String> vetoIds) {
        return getEntityManager()
                .createQuery("select v, s.number from EmergencySession s join s.triggeringVetoes v where v in :ids "
                        + "order by s.number", Object[].class)
                .setParameter("ids", vetoIds)
                .getResultList();
    }
}
