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

    /** What citations may resolve to now; build once for a batch of texts. */
    public ResolutionCitations.Targets targets() {
        Set<String> charterIds = new HashSet<>();
        charter.listProvisions().forEach(p -> charterIds.add(p.id));
        charter.listArticles().forEach(a -> charterIds.add("art-" + a.number));
        charter.listChapters().forEach(c -> charterIds.add("chapter-" + c.numeral.toLowerCase(Locale.ROOT)));
        return new ResolutionCitations.Targets(new HashSet<>(resolutions.allIds()), charterIds);
    }

    /** Stores the text (and the citations it makes) of a stored resolution; true when anything changed. */
    public boolean storeText(Resolution resolution, List<TextParagraph> paragraphs, List<String> sponsors,
            List<Source> sources, ResolutionCitations.Targets targets) {
        boolean changed = false;
        ResolutionText text = texts.findText(resolution.id).orElse(null);
        if (text == null) {
            text = new ResolutionText();
            text.resolutionId = resolution.id;
            text.sponsors = List.copyOf(sponsors);
            text.sources = List.copyOf(sources);
            text.updatedAt = Instant.now();
            texts.persist(text);
            changed = true;
        } else if (!text.sponsors.equals(sponsors) || !text.sources.equals(sources)) {
            text.sponsors = new java.util.ArrayList<>(sponsors);
            text.sources = new java.util.ArrayList<>(sources);
            text.updatedAt = Instant.now();
            changed = true;
        }
        List<TextParagraph> stored = texts.listParagraphs(resolution.id).stream().map(TextParagraph::of).toList();
        if (!stored.equals(paragraphs)) {
            texts.deleteParagraphs(resolution.id);
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
                texts.persist(row);
            }
            text.updatedAt = Instant.now();
            changed = true;
        }
        return storeCitations(resolution, paragraphs, targets) || changed;
    }

    private boolean storeCitations(Resolution resolution, List<TextParagraph> paragraphs, ResolutionCitations.Targets targets) {
        List<StoredCitation> wanted = citationFinder.of(resolution.id, resolution.adoptionDate, paragraphs, targets);
        List<StoredCitation> stored = citations.listBySource(StoredCitation.SourceType.RESOLUTION, resolution.id);
        if (keys(stored).equals(keys(wanted))) {
            return false;
        }
        citations.deleteBySource(StoredCitation.SourceType.RESOLUTION, resolution.id);
        citations.persist(wanted);
        return true;
    }

    /** Stores how each member voted; true when anything changed. */
    public boolean storeVotes(String resolutionId, List<MemberVoteValue> votes) {
        List<MemberVoteValue> wanted = votes.stream().sorted(Comparator.comparing(MemberVoteValue::code)).toList();
        List<MemberVoteValue> stored = texts.listVotes(resolutionId).stream().map(MemberVoteValue::of).toList();
        if (stored.equals(wanted)) {
            return false;
        }
        texts.deleteVotes(resolutionId);
        for (MemberVoteValue v : wanted) {
            MemberVote row = new MemberVote();
            row.resolutionId = resolutionId;
            row.code = v.code();
            row.name = v.name();
            row.vote = v.vote();
            texts.persist(row);
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
