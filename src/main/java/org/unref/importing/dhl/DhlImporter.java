package org.unref.importing.dhl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Links;
import org.unref.common.Slugs;
import org.unref.common.Source;
import org.unref.common.Vote;
import org.unref.common.VoteDto;
import org.unref.importing.FileResult;
import org.unref.importing.FileResult.Outcome;
import org.unref.resolution.Resolution;
import org.unref.resolution.ResolutionRepository;
import org.unref.resolution.ResolutionSeeder;
import org.unref.veto.Veto;
import org.unref.veto.VetoRepository;
import org.unref.veto.VetoSeeder;

/**
 * Stores what a DHL page says without undoing the seed's curated corrections: it only creates records that are
 * missing (a Council resolution is known by its number, whatever year the page writes) and fills fields that are
 * null or empty. A value that differs from the stored one is reported as a conflict and left as stored — the DHL
 * tables carry known errors (663 listed twice, "207 (1964)", meeting dates for resolutions adopted at resumed
 * meetings) that the seed has corrected.
 */
@ApplicationScoped
public class DhlImporter {

    @Inject
    ChangeLog changes;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    VetoRepository vetoes;

    public FileResult store(String file, DhlPage page) {
        List<String> conflicts = new ArrayList<>();
        int created = 0;
        int changed = 0;
        if (page instanceof DhlPage.Meetings meetings) {
            for (DhlPage.ResolutionRow row : meetings.resolutions()) {
                int r = storeResolution(row, meetings.year(), conflicts);
                created += r == 2 ? 1 : 0;
                changed += r == 1 ? 1 : 0;
            }
        } else if (page instanceof DhlPage.Vetoes list) {
            for (DhlPage.VetoRow row : list.vetoes()) {
                int r = storeVeto(row, conflicts);
                created += r == 2 ? 1 : 0;
                changed += r == 1 ? 1 : 0;
            }
        }
        Outcome outcome = created > 0 ? Outcome.CREATED : changed > 0 ? Outcome.UPDATED : Outcome.UNCHANGED;
        return new FileResult(file, outcome, created + " created, " + changed + " filled in", conflicts);
    }

    static Source meetingsSource(int year) {
        return new Source("dhl-meetings", "Security Council meetings " + year + " (Dag Hammarskjöld Library)",
                "https://research.un.org/en/docs/sc/quick/meetings/" + year, null, null);
    }

    static Source vetoSource() {
        return new Source("dhl-vetoes", "Security Council veto list (Dag Hammarskjöld Library)",
                "https://research.un.org/en/docs/sc/quick/veto", null, null);
    }

    /** 0 unchanged, 1 filled in, 2 created. */
    private int storeResolution(DhlPage.ResolutionRow row, int pageYear, List<String> conflicts) {
        String label = "S/RES/" + row.number() + " (" + row.year() + ")";
        List<Resolution> same = resolutions.list("body = 'SC' and number = ?1", String.valueOf(row.number()));
        if (same.isEmpty()) {
            Resolution r = new Resolution();
            r.symbol = label;
            r.id = Slugs.of(label);
            r.body = "SC";
            r.number = String.valueOf(row.number());
            r.year = row.year();
            r.adoptionDate = row.date();
            r.sortKey = ResolutionSeeder.sortKey(r.body, r.number, r.year, r.adoptionDate, r.id);
            r.meetingRecord = row.meetingRecord();
            r.topic = row.topic();
            r.pressRelease = row.pressRelease();
            r.searchText = ResolutionSeeder.searchText(r.symbol, null, r.topic);
            r.vote = vote(row);
            r.sources = new ArrayList<>(List.of(meetingsSource(pageYear),
                    new Source("ods", null, Links.undocs(label), label, null)));
            r.notes = new ArrayList<>(List.of("Imported from the DHL meetings table of " + pageYear
                    + "; the date is that of the meeting."));
            r.updatedAt = Instant.now();
            resolutions.persist(r);
            changes.created(ChangedCollection.RESOLUTIONS, r.id);
            return 2;
        }
        Resolution r = same.get(0);
        boolean changed = false;
        if (r.year != row.year()) {
            conflicts.add(label + ": the page writes year " + row.year() + ", stored " + r.symbol + " (left as stored)");
        }
        if (r.adoptionDate == null && row.date() != null && r.year == row.year()) {
            r.adoptionDate = row.date();
            r.sortKey = ResolutionSeeder.sortKey(r.body, r.number, r.year, r.adoptionDate, r.id);
            changed = true;
        } else if (row.date() != null && !row.date().equals(r.adoptionDate)) {
            conflicts.add(label + ": meeting date " + row.date() + " on the page, adoption date " + r.adoptionDate + " stored");
        }
        if (r.meetingRecord == null && row.meetingRecord() != null && r.year == row.year()) {
            r.meetingRecord = row.meetingRecord();
            changed = true;
        } else if (row.meetingRecord() != null && !row.meetingRecord().equals(r.meetingRecord)) {
            conflicts.add(label + ": meeting " + row.meetingRecord() + " on the page, " + r.meetingRecord + " stored");
        }
        if (r.topic == null && row.topic() != null) {
            r.topic = row.topic();
            r.searchText = ResolutionSeeder.searchText(r.symbol, r.title, r.topic);
            changed = true;
        }
        if (r.pressRelease == null && row.pressRelease() != null) {
            r.pressRelease = row.pressRelease();
            changed = true;
        }
        Vote vote = vote(row);
        if ((r.vote == null || r.vote.method == null) && vote.method != null) {
            r.vote = vote;
            changed = true;
        } else if (vote.method == Vote.Method.RECORDED && r.vote != null && r.vote.method == Vote.Method.RECORDED
                && (!Objects.equals(vote.yes, r.vote.yes) || !Objects.equals(vote.no, r.vote.no)
                        || !Objects.equals(vote.abstain, r.vote.abstain))) {
            conflicts.add(label + ": vote " + vote.raw + " on the page, " + r.vote.yes + "-" + r.vote.no + "-" + r.vote.abstain + " stored");
        }
        if (changed) {
            r.updatedAt = Instant.now();
            changes.updated(ChangedCollection.RESOLUTIONS, r.id);
        }
        return changed ? 1 : 0;
    }

    private static Vote vote(DhlPage.ResolutionRow row) {
        Vote vote = new Vote();
        if (row.method() == null) {
            return vote;
        }
        vote.method = VoteDto.method(row.method());
        vote.yes = row.yes();
        vote.no = row.no();
        vote.abstain = row.abstain();
        vote.raw = row.raw();
        return vote;
    }

    private int storeVeto(DhlPage.VetoRow row, List<String> conflicts) {
        List<Veto> candidates;
        if (row.draftSymbol() != null) {
            candidates = vetoes.list("draftSymbol", row.draftSymbol());
        } else {
            candidates = vetoes.list("draftSymbol is null and meetingRecord = ?1 and date = ?2", row.meetingRecord(), row.date())
                    .stream().filter(v -> new TreeSet<>(v.members).equals(new TreeSet<>(row.members()))).toList();
        }
        String label = row.draftSymbol() != null ? row.draftSymbol() : row.meetingRecord() + " (" + row.dateText() + ")";
        if (candidates.size() > 1) {
            conflicts.add(label + ": " + candidates.size() + " stored vetoes match this row; none changed");
            return 0;
        }
        if (candidates.isEmpty()) {
            Veto v = new Veto();
            v.id = row.draftSymbol() != null ? Slugs.of(row.draftSymbol()) : freeId(Slugs.of(String.valueOf(row.meetingRecord())));
            v.draftSymbol = row.draftSymbol();
            v.meetingRecord = row.meetingRecord();
            v.date = row.date();
            v.dateEnd = row.dateEnd();
            v.dateText = row.dateText();
            v.year = row.date().getYear();
            v.sortKey = VetoSeeder.sortKey(v.date, v.id);
            v.agendaItem = row.agendaItem();
            v.searchText = VetoSeeder.searchText(v.draftSymbol, v.meetingRecord, v.agendaItem, v.crisis, v.region);
            v.members = new TreeSet<>(row.members());
            v.sources = new ArrayList<>(List.of(vetoSource()));
            v.notes = new ArrayList<>(List.of("Imported from the DHL veto list."));
            v.updatedAt = Instant.now();
            vetoes.persist(v);
            changes.created(ChangedCollection.VETOES, v.id);
            return 2;
        }
        Veto v = candidates.get(0);
        boolean changed = false;
        if (!new TreeSet<>(v.members).equals(new TreeSet<>(row.members()))) {
            conflicts.add(label + ": vetoing members " + row.members() + " on the page, " + new TreeSet<>(v.members) + " stored");
        }
        if (!row.date().equals(v.date)) {
            conflicts.add(label + ": date " + row.date() + " on the page, " + v.date + " stored");
        }
        if (v.meetingRecord == null && row.meetingRecord() != null) {
            v.meetingRecord = row.meetingRecord();
            changed = true;
        }
        if (v.agendaItem == null && row.agendaItem() != null) {
            v.agendaItem = row.agendaItem();
            changed = true;
        }
        if (changed) {
            v.searchText = VetoSeeder.searchText(v.draftSymbol, v.meetingRecord, v.agendaItem, v.crisis, v.region);
            v.updatedAt = Instant.now();
            changes.updated(ChangedCollection.VETOES, v.id);
        }
        return changed ? 1 : 0;
    }

    private String freeId(String base) {
        for (int k = 1;; k++) {
            if (vetoes.findById(base + "-" + k) == null) {
                return base + "-" + k;
            }
        }
    }
}
