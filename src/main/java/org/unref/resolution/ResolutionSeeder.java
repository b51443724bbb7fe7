package org.unref.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Slugs;
import org.unref.common.Where;
import org.unref.importing.Seeder;
import org.unref.importing.VoteSeed;

/** Upserts seed/resolutions.jsonl by symbol slug; a line equal to what is stored changes nothing. */
@ApplicationScoped
public class ResolutionSeeder implements Seeder<ResolutionSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    ResolutionRepository repository;

    @Override
    public String resource() {
        return "seed/resolutions.jsonl";
    }

    @Override
    public Class<ResolutionSeed> recordType() {
        return ResolutionSeed.class;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int upsert(List<ResolutionSeed> records) {
        Map<String, Resolution> stored = repository.listAll().stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Instant now = Instant.now();
        int changed = 0;
        for (ResolutionSeed seed : records) {
            String id = Slugs.of(seed.symbol());
            Resolution resolution = stored.get(id);
            if (resolution != null && normalize(seed).equals(toSeed(resolution))) {
                continue;
            }
            if (resolution == null) {
                resolution = new Resolution();
                resolution.id = id;
                apply(seed, resolution, now);
                repository.persist(resolution);
                changes.created(ChangedCollection.RESOLUTIONS, id);
            } else {
                apply(seed, resolution, now);
                changes.updated(ChangedCollection.RESOLUTIONS, id);
            }
            changed++;
        }
        return changed;
    }

    static void apply(ResolutionSeed seed, Resolution r, Instant now) {
        r.symbol = seed.symbol();
        r.body = seed.body();
        r.number = seed.number();
        r.year = seed.year();
        r.adoptionDate = seed.adoptionDate();
        r.sortKey = sortKey(seed.body(), seed.number(), seed.year(), seed.adoptionDate(), r.id);
        r.meetingRecord = seed.meetingRecord();
        r.title = seed.title();
        r.topic = seed.topic();
        r.searchText = searchText(seed.symbol(), seed.title(), seed.topic());
        r.vote = seed.vote() == null ? new org.unref.common.Vote() : seed.vote().toVote();
        r.draftSymbol = seed.draftSymbol();
        r.pressRelease = seed.pressRelease();
        r.subjects = new TreeSet<>(orEmpty(seed.subjects()));
        r.chapterVII = seed.chapterVII();
        r.charterArticles = new TreeSet<>(orEmpty(seed.charterArticles()));
        r.sources = new ArrayList<>(orEmpty(seed.sources()));
        r.notes = new ArrayList<>(orEmpty(seed.notes()));
        r.aknIri = seed.aknIri();
        r.updatedAt = now;
    }

    /**
     * Newest-first order of lists: the adoption date, then the body, then the number zero-padded so that
     * resolutions of one day follow their numbering. The id at the end makes the key unique.
     */
    public static String sortKey(String body, String number, int year, java.time.LocalDate date, String id) {
        String day = date != null ? date.toString() : String.format("%04d-00-00", year);
        String ordinal = number.chars().allMatch(Character::isDigit) ? String.format("%06d", Integer.parseInt(number)) : number;
        return day + "|" + body + "|" + ordinal + "|" + id;
    }

    public static String searchText(String symbol, String title, String topic) {
        return Where.fold(symbol + " " + Objects.toString(title, "") + " " + Objects.toString(topic, "")).strip();
    }

    private static ResolutionSeed normalize(ResolutionSeed s) {
        return new ResolutionSeed(s.symbol(), s.body(), s.number(), s.year(), s.adoptionDate(), s.meetingRecord(), s.title(),
                s.topic(), s.vote() == null ? null : s.vote().normalized(), s.draftSymbol(), s.pressRelease(),
                List.copyOf(new TreeSet<>(orEmpty(s.subjects()))), s.chapterVII(),
                List.copyOf(new TreeSet<>(orEmpty(s.charterArticles()))), List.copyOf(orEmpty(s.sources())),
                List.copyOf(orEmpty(s.notes())), s.aknIri());
    }

    private static ResolutionSeed toSeed(Resolution r) {
        return new ResolutionSeed(r.symbol, r.body, r.number, r.year, r.adoptionDate, r.meetingRecord, r.title, r.topic,
                VoteSeed.of(r.vote), r.draftSymbol, r.pressRelease, List.copyOf(r.subjects), r.chapterVII,
                List.copyOf(r.charterArticles), List.copyOf(r.sources), List.copyOf(r.notes), r.aknIri);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
