package org.unref.veto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Vote;
import org.unref.common.Where;
import org.unref.importing.Seeder;
import org.unref.importing.VoteSeed;

/** Upserts seed/vetoes.jsonl by id; a line equal to what is stored changes nothing. */
@ApplicationScoped
public class VetoSeeder implements Seeder<VetoSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    VetoRepository repository;

    @Override
    public String resource() {
        return "seed/vetoes.jsonl";
    }

    @Override
    public Class<VetoSeed> recordType() {
        return VetoSeed.class;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int upsert(List<VetoSeed> records) {
        Map<String, Veto> stored = repository.listAll().stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        Instant now = Instant.now();
        int changed = 0;
        for (VetoSeed seed : records) {
            Veto veto = stored.get(seed.id());
            if (veto != null && normalize(seed).equals(toSeed(veto))) {
                continue;
            }
            if (veto == null) {
                veto = new Veto();
                veto.id = seed.id();
                apply(seed, veto, now);
                repository.persist(veto);
                changes.created(ChangedCollection.VETOES, veto.id);
            } else {
                apply(seed, veto, now);
                changes.updated(ChangedCollection.VETOES, veto.id);
            }
            changed++;
        }
        return changed;
    }

    static void apply(VetoSeed seed, Veto v, Instant now) {
        v.draftSymbol = seed.draftSymbol();
        v.meetingRecord = seed.meetingRecord();
        v.date = seed.date();
        v.dateEnd = seed.dateEnd();
        v.dateText = seed.dateText();
        v.year = seed.date().getYear();
        v.sortKey = sortKey(seed.date(), v.id);
        v.agendaItem = seed.agendaItem();
        v.crisis = seed.crisis();
        v.region = seed.region();
        v.searchText = searchText(seed.draftSymbol(), seed.meetingRecord(), seed.agendaItem(), seed.crisis(), seed.region());
        v.members = new TreeSet<>(orEmpty(seed.members()));
        v.vote = seed.vote() == null ? new Vote() : seed.vote().toVote();
        v.gaDebate = seed.gaDebate();
        v.sources = new ArrayList<>(orEmpty(seed.sources()));
        v.notes = new ArrayList<>(orEmpty(seed.notes()));
        v.updatedAt = now;
    }

    /** Newest-first order of lists: the (first) day of the vote, then the id, which makes the key unique. */
    public static String sortKey(LocalDate date, String id) {
        return date + "|" + id;
    }

    /**
     * The record's own facts and its sourced crisis and region tags are searched: the UN's agenda items file most
     * Syria drafts under "The situation in the Middle East", the tags let q=Syria find them.
     */
    public static String searchText(String draftSymbol, String meetingRecord, String agendaItem, String crisis, String region) {
        return Where.fold(Stream.of(draftSymbol, meetingRecord, agendaItem, crisis, region)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
    }

    private static VetoSeed normalize(VetoSeed s) {
        return new VetoSeed(s.id(), s.draftSymbol(), s.meetingRecord(), s.date(), s.dateEnd(), s.dateText(), s.agendaItem(),
                s.crisis(), s.region(), List.copyOf(new TreeSet<>(orEmpty(s.members()))), s.vote() == null ? null : s.vote().normalized(),
                s.gaDebate(), List.copyOf(orEmpty(s.sources())), List.copyOf(orEmpty(s.notes())));
    }

    private static VetoSeed toSeed(Veto v) {
        return new VetoSeed(v.id, v.draftSymbol, v.meetingRecord, v.date, v.dateEnd, v.dateText, v.agendaItem,
                v.crisis, v.region, List.copyOf(new TreeSet<>(v.members)), VoteSeed.of(v.vote), v.gaDebate, List.copyOf(v.sources), List.copyOf(v.notes));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
