package org.unref.resolution;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.charter.CharterRepository;
import org.unref.citation.CitationRepository;
import org.unref.citation.StoredCitation;
import org.unref.common.Source;

/**
 * Writes a resolution's text, per-member votes and the citations its text makes, changing nothing when what is
 * stored is already equal (so a second import or seed load reports unchanged). Callers hold the transaction.
 */
@ApplicationScoped
public class ResolutionTextStore {

    @Inject
    ResolutionTextRepository texts;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    CitationRepository citations;

    @Inject
    CharterRepository charter;

    private final ResolutionCitations citationFinder = new ResolutionCitations();

    /**
     * What a batch of stores (a seed file, an import run) reads once instead of once a resolution: what citations
     * may resolve to, and which resolutions hold a text, paragraphs, citations or votes at all. A resolution holding
     * none (every one, on a first start) is written without first being read. The sets follow what the batch
     * writes; a caller whose transaction rolls back must start a new batch.
     */
    public record Batch(ResolutionCitations.Targets targets, Set<String> withText, Set<String> withParagraphs,
            Set<String> withCitations, Set<String> withVotes) {
    }

    /** Reads what a batch needs, in the caller's transaction. */
    public Batch batch() {
        return new Batch(targets(), texts.resolutionIdsWith(ResolutionText.class), texts.resolutionIdsWith(ResolutionParagraph.class),
                citations.sourceIds(StoredCitation.SourceType.RESOLUTION), texts.resolutionIdsWith(MemberVote.class));
    }

    /** What citations may resolve to now. */
    private ResolutionCitations.Targets targets() {
        Set<String> charterIds = new HashSet<>();
        charter.listProvisions().forEach(p -> charterIds.add(p.id));
        charter.listArticles().forEach(a -> charterIds.add("art-" + a.number));
        charter.listChapters().forEach(c -> charterIds.add("chapter-" + c.numeral.toLowerCase(Locale.ROOT)));
        return new ResolutionCitations.Targets(new HashSet<>(resolutions.allIds()), charterIds);
    }

    /** Stores the text (and the citations it makes) of a stored resolution; true when anything changed. */
    public boolean storeText(Resolution resolution, List<TextParagraph> paragraphs, List<String> sponsors,
            List<Source> sources, Batch batch) {
        boolean changed = false;
        ResolutionText text = batch.withText().contains(resolution.id) ? texts.findText(resolution.id).orElse(null) : null;
        if (text == null) {
            text = new ResolutionText();
            text.resolutionId = resolution.id;
            text.sponsors = List.copyOf(sponsors);
            text.sources = List.copyOf(sources);
            text.updatedAt = Instant.now();
            texts.persist(text);
            batch.withText().add(resolution.id);
            changed = true;
        } else if (!text.sponsors.equals(sponsors) || !text.sources.equals(sources)) {
            text.sponsors = new java.util.ArrayList<>(sponsors);
            text.sources = new java.util.ArrayList<>(sources);
            text.updatedAt = Instant.now();
            changed = true;
        }
        List<TextParagraph> stored = batch.withParagraphs().contains(resolution.id)
                ? texts.listParagraphs(resolution.id).stream().map(TextParagraph::of).toList()
                : List.of();
        if (!stored.equals(paragraphs)) {
            if (!stored.isEmpty()) {
                texts.deleteParagraphs(resolution.id);
            }
            List<ResolutionParagraph> rows = new java.util.ArrayList<>(paragraphs.size());
            int ordinal = 0;
            for (TextParagraph p : paragraphs) {
                ResolutionParagraph row = new ResolutionParagraph();
                row.resolutionId = resolution.id;
                row.paragraphId = p.id();
                row.eId = p.eId();
                row.ordinal = ++ordinal;
                row.kind = p.kind();
                row.number = p.number();
                row.parentId = p.parentId();
                row.text = p.text();
                row.links = new java.util.ArrayList<>(p.links());
                rows.add(row);
            }
            texts.insertParagraphs(rows);
            if (rows.isEmpty()) {
                batch.withParagraphs().remove(resolution.id);
            } else {
                batch.withParagraphs().add(resolution.id);
            }
            text.updatedAt = Instant.now();
            changed = true;
        }
        return storeCitations(resolution, paragraphs, batch) || changed;
    }

    private boolean storeCitations(Resolution resolution, List<TextParagraph> paragraphs, Batch batch) {
        List<StoredCitation> wanted = citationFinder.of(resolution.id, resolution.adoptionDate, paragraphs, batch.targets());
        boolean held = batch.withCitations().contains(resolution.id);
        List<StoredCitation> stored = held ? citations.listBySource(StoredCitation.SourceType.RESOLUTION, resolution.id) : List.of();
        if (keys(stored).equals(keys(wanted))) {
            return false;
        }
        if (held) {
            citations.deleteBySource(StoredCitation.SourceType.RESOLUTION, resolution.id);
        }
        citations.insertAll(wanted);
        if (wanted.isEmpty()) {
            batch.withCitations().remove(resolution.id);
        } else {
            batch.withCitations().add(resolution.id);
        }
        return true;
    }

    /** Stores how each member voted; true when anything changed. */
    public boolean storeVotes(String resolutionId, List<MemberVoteValue> votes, Batch batch) {
        List<MemberVoteValue> wanted = votes.stream().sorted(Comparator.comparing(MemberVoteValue::code)).toList();
        boolean held = batch.withVotes().contains(resolutionId);
        List<MemberVoteValue> stored = held ? texts.listVotes(resolutionId).stream().map(MemberVoteValue::of).toList() : List.of();
        if (stored.equals(wanted)) {
            return false;
        }
        if (held) {
            texts.deleteVotes(resolutionId);
        }
        List<MemberVote> rows = new java.util.ArrayList<>(wanted.size());
        for (MemberVoteValue v : wanted) {
            MemberVote row = new MemberVote();
            row.resolutionId = resolutionId;
            row.code = v.code();
            row.name = v.name();
            row.vote = v.vote();
            rows.add(row);
        }
        texts.insertVotes(rows);
        if (rows.isEmpty()) {
            batch.withVotes().remove(resolutionId);
        } else {
            batch.withVotes().add(resolutionId);
        }
        return true;
    }

    private record Key(String paragraph, int start, int end, String matched, String snippet, String kind,
            String referenceId, String pinpoint, String status, String targetType, String targetId, Object date) {
    }

    private static List<Key> keys(List<StoredCitation> list) {
        return list.stream()
                .map(c -> new Key(c.sourceParagraph, c.start, c.end, c.matchedText, c.snippet, c.kind.name(), c.referenceId,
                        c.pinpoint, c.status.name(), Objects.toString(c.targetType, null), c.targetId, c.sourceDate))
                .sorted(Comparator.comparing((Key k) -> Objects.toString(k.paragraph(), "")).thenComparingInt(Key::start)
                        .thenComparingInt(Key::end).thenComparing(Key::kind))
                .toList();
    }
}
