package org.unref.unitingforpeace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Ref;

/** What a veto led to under Uniting for Peace: the Council referrals and the emergency special sessions that name it. */
@ApplicationScoped
public class VetoTriggers {

    @Inject
    ReferralRepository referrals;

    @Inject
    EmergencySessionRepository sessions;

    /** The referrals and sessions triggered by each of {@code vetoIds}, in two queries whatever their number. */
    public Triggered of(Collection<String> vetoIds) {
        Triggered triggered = new Triggered();
        if (vetoIds.isEmpty()) {
            return triggered;
        }
        for (Object[] row : referrals.listTriggeredBy(vetoIds)) {
            triggered.referrals.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(RelatedRecords.referralRef((Referral) row[1]));
        }
        for (Object[] row : sessions.listTriggeredBy(vetoIds)) {
            triggered.sessions.computeIfAbsent((String) row[0], id -> new ArrayList<>())
                    .add(RelatedRecords.sessionRef(((Number) row[1]).intValue()));
        }
        return triggered;
    }

    public static final class Triggered {
        private final Map<String, List<Ref>> referrals = new HashMap<>();
        private final Map<String, List<Ref>> sessions = new HashMap<>();

        public List<Ref> referrals(String vetoId) {
            return List.copyOf(referrals.getOrDefault(vetoId, List.of()));
        }

        public List<Ref> emergencySessions(String vetoId) {
            return List.copyOf(sessions.getOrDefault(vetoId, List.of()));
        }
    }
}
