package org.unref.importing.akn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeKind;
import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Links;
import org.unref.common.Slugs;
import org.unref.common.Source;
import org.unref.common.Vote;
import org.unref.importing.FileResult.Outcome;
import org.unref.importing.FileResult;
import org.unref.importing.akn.AknDocument.AknParagraph;
import org.unref.resolution.MemberVoteValue;
import org.unref.resolution.ParagraphLink;
import org.unref.resolution.Resolution;
import org.unref.resolution.ResolutionRepository;
import org.unref.resolution.ResolutionSeeder;
import org.unref.resolution.ResolutionTextStore;
import org.unref.resolution.TextParagraph;
import org.unref.veto.Veto;
import org.unref.veto.VetoRepository;
import org.unref.veto.VetoSeeder;

/**
 * Stores what one AKN4UN file says (the caller holds the transaction). A resolution the database lacks is
 * created with every fact of the file; a stored one only gets what it lacks (null fields, empty lists, the akn
 * source): a value the curated seed holds is never overwritten, and a file that disagrees is reported as a
 * conflict. The text, per-member votes and citations are the file's own and are replaced when they differ.
 * A draft that failed because a permanent member voted against it (with nine or more in favour) is a veto.
 */
@ApplicationScoped
public class AknImporter {

    static final String REPOSITORY = "https://github.com/UNxml/SCresolutions/blob/main/";

    @Inject
    ChangeLog changes;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    VetoRepository vetoes;

    @Inject
    ResolutionTextStore texts;

    /** @param location the file's place in the UN's collection ("2023/S_RES_2672_E.xml"), for its source */
    public FileResult store(String file, String location, AknDocument doc) {
        return store(file, location, doc, texts.batch());
    }

    /** With what a whole run reads once ({@link ResolutionTextStore#batch()}). */
    public FileResult store(String file, String location, AknDocument doc, ResolutionTextStore.Batch batch) {
        return doc.isResolution() ? storeResolution(file, location, doc, batch) : storeDraft(file, location, doc);
    }

    public static Source source(String location) {
        return new Source("akn", "AKN4UN XML, UN DGACM", REPOSITORY + location.replace(" ", "%20"), null,
                "file " + location.substring(location.lastIndexOf('/') + 1));
    }

    private FileResult storeResolution(String file, String location, AknDocument doc, ResolutionTextStore.Batch batch) {
        String id = Slugs.of(doc.symbol());
        Source akn = source(location);
        Resolution r = resolutions.findById(id);
        List<String> conflicts = new ArrayList<>();
        boolean created = r == null;
        boolean changed = false;
        Vote vote = vote(doc);
        if (created) {
            r = new Resolution();
            r.id = id;
            r.symbol = doc.symbol();
            r.body = "SC";
            r.number = String.valueOf(doc.number());
            r.year = doc.year();
            r.adoptionDate = doc.date();
            r.sortKey = ResolutionSeeder.sortKey(r.body, r.number, r.year, r.adoptionDate, id);
            r.meetingRecord = doc.meetingRecord();
            r.title = doc.title();
            r.topic = doc.agendaItem();
            r.searchText = ResolutionSeeder.searchText(r.symbol, r.title, r.topic);
            r.draftSymbol = doc.draftSymbol();
            r.vote = vote;
            r.subjects = new TreeSet<>(doc.subjects());
            r.chapterVII = doc.chapterVII();
            r.charterArticles = new TreeSet<>(doc.charterArticles());
            r.aknIri = doc.workIri();
            r.sources = new ArrayList<>(List.of(akn, new Source("ods", null, Links.undocs(doc.symbol()), doc.symbol(), null)));
            r.notes = new ArrayList<>(doc.issues().stream().map(i -> "The AKN file is internally inconsistent: " + i + ".").toList());
            r.updatedAt = Instant.now();
            resolutions.persist(r);
            batch.targets().resolutions().add(id);
        } else {
            changed |= fill(r, doc, vote, akn, conflicts);
        }
        changed |= texts.storeText(r, paragraphs(doc), doc.sponsors(), List.of(akn), batch);
        if (!doc.withoutVote()) {
            changed |= texts.storeVotes(id, doc.voters().stream()
                    .map(v -> new MemberVoteValue(v.code(), v.name(), v.vote())).toList(), batch);
        }
        if (changed) {
            // The text and votes are served as part of the resolution: updatedSince must find it when only they changed.
            r.updatedAt = Instant.now();
        }
        Outcome outcome = created ? Outcome.CREATED : changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        if (outcome != Outcome.UNCHANGED) {
            changes.record(created ? ChangeKind.CREATED : ChangeKind.UPDATED, ChangedCollection.RESOLUTIONS, id);
        }
        return new FileResult(file, outcome, doc.symbol(), conflicts);
    }

    /** Fills what the stored record lacks; reports, never overwrites, what it holds differently. */
    private static boolean fill(Resolution r, AknDocument doc, Vote vote, Source akn, List<String> conflicts) {
        boolean changed = false;
        if (r.adoptionDate == null && doc.date() != null) {
            r.adoptionDate = doc.date();
            r.sortKey = ResolutionSeeder.sortKey(r.body, r.number, r.year, r.adoptionDate, r.id);
            changed = true;
        } else if (!Objects.equals(r.adoptionDate, doc.date())) {
            conflicts.add(doc.symbol() + ": adoption date " + doc.date() + " in the file, " + r.adoptionDate + " stored");
        }
        if (r.meetingRecord == null && doc.meetingRecord() != null) {
            r.meetingRecord = doc.meetingRecord();
            changed = true;
        } else if (doc.meetingRecord() != null && !doc.meetingRecord().equals(r.meetingRecord)) {
            conflicts.add(doc.symbol() + ": meeting " + doc.meetingRecord() + " in the file, " + r.meetingRecord + " stored");
        }
        if (r.title == null && doc.title() != null) {
            r.title = doc.title();
            changed = true;
        }
        if (r.topic == null && doc.agendaItem() != null) {
            r.topic = doc.agendaItem();
            changed = true;
        }
        if (changed) {
            r.searchText = ResolutionSeeder.searchText(r.symbol, r.title, r.topic);
        }
        if (r.draftSymbol == null && doc.draftSymbol() != null) {
            r.draftSymbol = doc.draftSymbol();
            changed = true;
        }
        if (r.vote == null || r.vote.method == null) {
            r.vote = vote;
            changed = true;
        } else if (r.vote.method != vote.method || !Objects.equals(r.vote.yes, vote.yes) || !Objects.equals(r.vote.no, vote.no)
                || !Objects.equals(r.vote.abstain, vote.abstain)) {
            conflicts.add(doc.symbol() + ": vote " + describe(vote) + " in the file, " + describe(r.vote) + " stored");
        }
        if (r.subjects.isEmpty() && !doc.subjects().isEmpty()) {
            r.subjects = new TreeSet<>(doc.subjects());
            changed = true;
        }
        if (!r.chapterVII && doc.chapterVII()) {
            r.chapterVII = true;
            changed = true;
        }
        if (r.charterArticles.isEmpty() && !doc.charterArticles().isEmpty()) {
            r.charterArticles = new TreeSet<>(doc.charterArticles());
            changed = true;
        }
        if (r.aknIri == null && doc.workIri() != null) {
            r.aknIri = doc.workIri();
            changed = true;
        } else if (doc.workIri() != null && !doc.workIri().equals(r.aknIri)) {
            conflicts.add(doc.symbol() + ": Akoma Ntoso IRI " + doc.workIri() + " in the file, " + r.aknIri + " stored");
        }
        if (r.sources.stream().noneMatch(s -> "akn".equals(s.type()))) {
            List<Source> sources = new ArrayList<>(r.sources);
            sources.add(0, akn);
            r.sources = sources;
            changed = true;
        }
        return changed;
    }

    private static String describe(Vote v) {
        return v.method == Vote.Method.RECORDED ? v.yes + "-" + v.no + "-" + v.abstain
                : v.method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The vote as the file gives it: the named members count; "without vote" files' lists are a template. */
    static Vote vote(AknDocument doc) {
        Vote vote = new Vote();
        if (doc.withoutVote()) {
            vote.method = Vote.Method.WITHOUT_VOTE;
            vote.raw = doc.outcomeText() == null ? null : doc.outcomeText().split(",")[0].strip();
            return vote;
        }
        vote.method = Vote.Method.RECORDED;
        vote.inFavour = new ArrayList<>(doc.codes("yes"));
        vote.against = new ArrayList<>(doc.codes("no"));
        vote.abstaining = new ArrayList<>(doc.codes("abstain"));
        vote.yes = vote.inFavour.size();
        vote.no = vote.against.size();
        vote.abstain = vote.abstaining.size();
        vote.nonVoting = vote.yes + vote.no + vote.abstain == 15 ? 0 : null;
        vote.raw = vote.yes + "-" + vote.no + "-" + vote.abstain;
        return vote;
    }

    static List<TextParagraph> paragraphs(AknDocument doc) {
        return doc.paragraphs().stream().map(AknImporter::paragraph).toList();
    }

    private static TextParagraph paragraph(AknParagraph p) {
        return new TextParagraph(p.id(), p.eId(), p.kind(), p.number(), p.parentId(), p.text(),
                p.links().stream().map(l -> new ParagraphLink(l.start(), l.end(), l.href())).toList());
    }

    private FileResult storeDraft(String file, String location, AknDocument doc) {
        List<String> permanentAgainst = doc.codes("no").stream().filter(MemberStates.PERMANENT::contains).toList();
        int inFavour = doc.codes("yes").size();
        if (permanentAgainst.isEmpty() || inFavour < 9) {
            return new FileResult(file, Outcome.SKIPPED, doc.symbol() + " was not adopted with " + inFavour
                    + " in favour and " + (permanentAgainst.isEmpty() ? "no permanent member against" : "permanent members "
                            + permanentAgainst + " against") + ": not a veto, nothing to store", List.of());
        }
        String id = Slugs.of(doc.symbol());
        Source akn = source(location);
        Vote vote = vote(doc);
        Veto v = vetoes.findById(id);
        List<String> conflicts = new ArrayList<>();
        if (v == null) {
            v = new Veto();
            v.id = id;
            v.draftSymbol = doc.symbol();
            v.meetingRecord = doc.meetingRecord();
            v.date = doc.date();
            v.year = doc.date().getYear();
            v.sortKey = VetoSeeder.sortKey(v.date, id);
            v.agendaItem = doc.agendaItem();
            v.searchText = VetoSeeder.searchText(v.draftSymbol, v.meetingRecord, v.agendaItem, v.crisis, v.region);
            v.members = new TreeSet<>(permanentAgainst);
            v.vote = vote;
            v.sources = new ArrayList<>(List.of(akn, new Source("ods", null, Links.undocs(doc.symbol()), doc.symbol(), null)));
            v.notes = new ArrayList<>();
            v.updatedAt = Instant.now();
            vetoes.persist(v);
            changes.created(ChangedCollection.VETOES, id);
            return new FileResult(file, Outcome.CREATED, doc.symbol() + " (veto)", conflicts);
        }
        boolean changed = false;
        if (!new TreeSet<>(v.members).equals(new TreeSet<>(permanentAgainst))) {
            conflicts.add(doc.symbol() + ": vetoing members " + permanentAgainst + " in the file, " + new TreeSet<>(v.members) + " stored");
        }
        if (v.meetingRecord == null && doc.meetingRecord() != null) {
            v.meetingRecord = doc.meetingRecord();
            changed = true;
        }
        if (v.agendaItem == null && doc.agendaItem() != null) {
            v.agendaItem = doc.agendaItem();
            changed = true;
        }
        if (changed) {
            v.searchText = VetoSeeder.searchText(v.draftSymbol, v.meetingRecord, v.agendaItem, v.crisis, v.region);
        }
        if (v.vote == null || v.vote.method == null) {
            v.vote = vote;
            changed = true;
        } else if (!Objects.equals(v.vote.yes, vote.yes) || !Objects.equals(v.vote.no, vote.no)
                || !Objects.equals(v.vote.abstain, vote.abstain)) {
            conflicts.add(doc.symbol() + ": vote " + describe(vote) + " in the file, " + describe(v.vote) + " stored");
        }
        if (v.sources.stream().noneMatch(s -> "akn".equals(s.type()))) {
            List<Source> sources = new ArrayList<>(v.sources);
            sources.add(0, akn);
            v.sources = sources;
            changed = true;
        }
        if (changed) {
            v.updatedAt = Instant.now();
            changes.updated(ChangedCollection.VETOES, id);
        }
        return new FileResult(file, changed ? Outcome.UPDATED : Outcome.UNCHANGED, doc.symbol() + " (veto)", conflicts);
    }
}
