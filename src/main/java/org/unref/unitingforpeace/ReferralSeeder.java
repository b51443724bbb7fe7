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
import org.unref.common.Slugs;
import org.unref.common.Vote;
import org.unref.importing.Seeder;
import org.unref.importing.VoteSeed;

/** Upserts seed/uniting_for_peace.jsonl by the slug of the referring resolution; an unchanged line changes nothing. */
@ApplicationScoped
public class ReferralSeeder implements Seeder<ReferralSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    ReferralRepository repository;

    @Override
    public String resource() {
        return "seed/uniting_for_peace.jsonl";
    }

    @Override
    public Class<ReferralSeed> recordType() {
        return ReferralSeed.class;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int upsert(List<ReferralSeed> records) {
        Map<String, Referral> stored = repository.listAll().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Instant now = Instant.now();
        int changed = 0;
        for (ReferralSeed seed : records) {
            String id = Slugs.of(seed.resolution());
            Referral referral = stored.get(id);
            if (referral != null && normalize(seed).equals(toSeed(referral))) {
                continue;
            }
            if (referral == null) {
                referral = new Referral();
                referral.id = id;
                apply(seed, referral, now);
                repository.persist(referral);
                changes.created(ChangedCollection.REFERRALS, id);
            } else {
                apply(seed, referral, now);
                changes.updated(ChangedCollection.REFERRALS, id);
            }
            changed++;
        }
        return changed;
    }

    static void apply(ReferralSeed seed, Referral r, Instant now) {
        r.resolution = seed.resolution();
        r.date = seed.date();
        r.meetingRecord = seed.meetingRecord();
        r.vote = seed.vote() == null ? new Vote() : seed.vote().toVote();
        r.triggeringVetoes = new TreeSet<>(orEmpty(seed.triggeringVetoes()));
        r.triggeringMeetings = new ArrayList<>(orEmpty(seed.triggeringMeetings()));
        r.emergencySession = seed.emergencySession();
        r.subject = seed.subject();
        r.sources = new ArrayList<>(orEmpty(seed.sources()));
        r.notes = new ArrayList<>(orEmpty(seed.notes()));
        r.updatedAt = now;
    }

    private static ReferralSeed normalize(ReferralSeed s) {
        return new ReferralSeed(s.resolution(), s.date(), s.meetingRecord(), s.vote() == null ? null : s.vote().normalized(),
                List.copyOf(new TreeSet<>(orEmpty(s.triggeringVetoes()))), List.copyOf(orEmpty(s.triggeringMeetings())),
                s.emergencySession(), s.subject(), List.copyOf(orEmpty(s.sources())), List.copyOf(orEmpty(s.notes())));
    }

    private static ReferralSeed toSeed(Referral r) {
        return new ReferralSeed(r.resolution, r.date, r.meetingRecord, VoteSeed.of(r.vote), List.copyOf(new TreeSet<>(r.triggeringVetoes)),
                List.copyOf(r.triggeringMeetings), r.emergencySession, r.subject, List.copyOf(r.sources), List.copyOf(r.notes));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
