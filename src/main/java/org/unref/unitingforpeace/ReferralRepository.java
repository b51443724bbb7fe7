package org.unref.unitingforpeace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, String> {

    public List<Referral> listByDate() {
        return list("order by date, id");
    }

    public Optional<Referral> findByEmergencySession(int number) {
        return find("emergencySession", number).firstResultOptional();
    }

    /** The referrals each of {@code vetoIds} triggered, as (veto id, referral) pairs. */
    public List<Object[]> listTriggeredBy(Collection<String> vetoIds) {
        return getEntityManager()
                .createQuery("select v, r from Referral r join r.triggeringVetoes v where v in :ids order by r.date", Object[].class)
                .setParameter("ids", vetoIds)
                .getResultList();
    }
}
