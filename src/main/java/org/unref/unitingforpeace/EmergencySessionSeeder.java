package org.unref.unitingforpeace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.importing.Seeder;

/** Upserts seed/emergency_special_sessions.jsonl by session number; an unchanged line changes nothing. */
@ApplicationScoped
public class EmergencySessionSeeder implements Seeder<EmergencySessionSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    EmergencySessionRepository repository;

    @Override
    public String resource() {
        return "seed/emergency_special_sessions.jsonl";
    }

    @Override
    public Class<EmergencySessionSeed> recordType() {
        return EmergencySessionSeed.class;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public int upsert(List<EmergencySessionSeed> records) {
        Map<Integer, EmergencySession> stored = repository.listAll().stream()
                .collect(Collectors.toMap(s -> s.number, Function.identity()));
        Instant now = Instant.now();
        int changed = 0;
        for (EmergencySessionSeed seed : records) {
            EmergencySession session = stored.get(seed.number());
            if (session != null && normalize(seed).equals(toSeed(session))) {
                continue;
            }
            if (session == null) {
                session = new EmergencySession();
                session.number = seed.number();
                apply(seed, session, now);
                repository.persist(session);
                changes.created(ChangedCollection.EMERGENCY_SPECIAL_SESSIONS, String.valueOf(session.number));
            } else {
                apply(seed, session, now);
                changes.updated(ChangedCollection.EMERGENCY_SPECIAL_SESSIONS, String.valueOf(session.number));
            }
            changed++;
        }
        return changed;
    }

    static void apply(EmergencySessionSeed seed, EmergencySession s, Instant now) {
        s.topic = seed.topic();
        s.dateStart = seed.dateStart();
        s.dateEnd = seed.dateEnd();
        s.resumed = seed.resumed();
        s.convenedBy = seed.convenedBy();
        s.convenedUnder = seed.convenedUnder();
        s.request = seed.request();
        s.triggeringVetoes = new TreeSet<>(orEmpty(seed.triggeringVetoes()));
        s.resolutions = new ArrayList<>(orEmpty(seed.resolutions()));
        s.sources = new ArrayList<>(orEmpty(seed.sources()));
        s.notes = new ArrayList<>(orEmpty(seed.notes()));
        s.updatedAt = now;
    }

    private static EmergencySessionSeed normalize(EmergencySessionSeed s) {
        return new EmergencySessionSeed(s.number(), s.topic(), s.dateStart(), s.dateEnd(), s.resumed(), s.convenedBy(),
                s.convenedUnder(), s.request(), List.copyOf(new TreeSet<>(orEmpty(s.triggeringVetoes()))),
                List.copyOf(orEmpty(s.resolutions())), List.copyOf(orEmpty(s.sources())), List.copyOf(orEmpty(s.notes())));
    }

    private static EmergencySessionSeed toSeed(EmergencySession s) {
        return new EmergencySessionSeed(s.number, s.topic, s.dateStart, s.dateEnd, s.resumed, s.convenedBy, s.convenedUnder,
                s.request, List.copyOf(new TreeSet<>(s.triggeringVetoes)), List.copyOf(s.resolutions), List.copyOf(s.sources),
                List.copyOf(s.notes));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
