package org.unref.citation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.unref.charter.CharterService;
import org.unref.charter.UnknownCharterProvisionException;
import org.unref.common.Links;

/**
 * Maps the extractor's normalized references to the records unref holds. Reference data is read once into a
 * {@link ReferenceIndex} and re-read after {@link #REFRESH}, so an import shows up without a restart while a
 * 1 MB text costs no query per citation.
 */
@ApplicationScoped
public class CitationResolver {

    static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Pattern ESS = Pattern.compile("ess-([1-9][0-9]{0,2})");
    private static final Pattern CHAPTER = Pattern.compile("chapter-([ivx]{1,5})");
    private static final Pattern ARTICLE = Pattern.compile("art-([1-9][0-9]{0,2})");
    private static final Pattern RANGE = Pattern.compile("art-([1-9][0-9]{0,2})-to-([1-9][0-9]{0,2})");

    @Inject
    EntityManager em;

    @Inject
    CharterService charter;

    private volatile ReferenceIndex index;
    private volatile Instant indexedAt = Instant.EPOCH;

    /** What a reference the extractor found points at. */
    public ResolvedReference resolve(Citation citation) {
        return resolve(citation.kind(), citation.reference());
    }

    public ResolvedReference resolve(CitationKind kind, Reference reference) {
        ReferenceIndex idx = index();
        String id = reference.id();
        return switch (kind) {
            case RESOLUTION, NAMED_INSTRUMENT -> {
                if (id == null) {
                    List<CitationTarget> candidates = new ArrayList<>(idx.resolutionsNumbered(reference.number()));
                    if (reference.body() != null) {
                        candidates.removeIf(c -> !c.id().startsWith(reference.body().equals("SC") ? "s-" : "a-"));
                    }
                    yield ResolvedReference.of(candidates);
                }
                yield idx.resolution(id).map(ResolvedReference::found)
                        .orElseGet(() -> ResolvedReference.unknown(Links.undocs(reference.symbol())));
            }
            case CHARTER_PROVISION -> charterProvision(reference);
            case CHARTER_CHAPTER -> chapter(id).map(ResolvedReference::found).orElseGet(() -> ResolvedReference.unknown(null));
            case CHARTER -> ResolvedReference.found(charterAsWhole());
            case DRAFT -> idx.vetoOfDraft(id).map(ResolvedReference::found)
                    .orElseGet(() -> ResolvedReference.unknown(Links.undocs(reference.symbol())));
            case EMERGENCY_SPECIAL_SESSION -> session(id).map(ResolvedReference::found)
                    .orElseGet(() -> ResolvedReference.unknown(null));
            case MEETING_RECORD, DOCUMENT -> ResolvedReference.unknown(Links.undocs(reference.symbol()));
        };
    }

    /**
     * A record by its id as unref writes it in URLs: a resolution or referral slug, a veto id, a Charter id
     * ({@code art-27-3}, {@code chapter-vii}, {@code charter}) or an emergency session ({@code ess-10}).
     */
    public Optional<CitationTarget> byId(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        ReferenceIndex idx = index();
        Optional<CitationTarget> found = idx.resolution(lower).or(() -> idx.veto(lower));
        if (found.isPresent()) {
            return found;
        }
        if (lower.equals("charter")) {
            return Optional.of(charterAsWhole());
        }
        if (lower.startsWith("art-")) {
            ResolvedReference r = charterId(lower);
            return Optional.ofNullable(r.target());
        }
        return chapter(lower).or(() -> session(lower));
    }

    /** A stored citation's target, labelled as the record is now; empty when the record is gone. */
    public Optional<CitationTarget> target(StoredCitation.TargetType type, String id) {
        return switch (type) {
            case RESOLUTION, REFERRAL -> index().resolution(id);
            case VETO -> index().veto(id);
            case EMERGENCY_SESSION -> id.matches("[1-9][0-9]{0,2}") ? index().session(Integer.parseInt(id)) : Optional.empty();
            case CHARTER -> byId(id).filter(t -> t.type().equals("charter"));
        };
    }

    private ResolvedReference charterProvision(Reference reference) {
        return charterId(reference.id());
    }

    private ResolvedReference charterId(String id) {
        Matcher range = RANGE.matcher(id);
        if (range.matches()) {
            int first = Integer.parseInt(range.group(1));
            int last = Integer.parseInt(range.group(2));
            if (article(first).isEmpty() || article(last).isEmpty() || first >= last) {
                return ResolvedReference.unknown(null);
            }
            return ResolvedReference.found(new CitationTarget("charter", id, "Articles " + first + " to " + last,
                    Links.article(first)));
        }
        if (ARTICLE.matcher(id).matches()) {
            return article(Integer.parseInt(id.substring(4))).map(ResolvedReference::found)
                    .orElseGet(() -> ResolvedReference.unknown(null));
        }
        try {
            var provision = charter.provision(id);
            String link = Links.charterProvision(provision.id());
            return link == null ? ResolvedReference.unknown(null)
                    : ResolvedReference.found(new CitationTarget("charter", provision.id(), provision.label(), link));
        } catch (UnknownCharterProvisionException e) {
            return ResolvedReference.unknown(null);
        }
    }

    private Optional<CitationTarget> article(int number) {
        try {
            var article = charter.article(String.valueOf(number));
            return Optional.of(new CitationTarget("charter", article.id(), article.label(), Links.article(number)));
        } catch (UnknownCharterProvisionException e) {
            return Optional.empty();
        }
    }

    private Optional<CitationTarget> chapter(String id) {
        Matcher m = id == null ? null : CHAPTER.matcher(id);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String numeral = m.group(1).toUpperCase(Locale.ROOT);
        try {
            var chapter = charter.chapter(numeral);
            return Optional.of(new CitationTarget("charter", id, chapter.label(), Links.chapter(numeral)));
        } catch (UnknownCharterProvisionException e) {
            return Optional.empty();
        }
    }

    private Optional<CitationTarget> session(String id) {
        Matcher m = id == null ? null : ESS.matcher(id);
        return m != null && m.matches() ? index().session(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static CitationTarget charterAsWhole() {
        return new CitationTarget("charter", "charter", "Charter of the United Nations", Links.API + "/charter");
    }

    /** Forget what was read, so the next lookup sees the database as it is now (after an import). */
    public void refresh() {
        index = null;
    }

    private ReferenceIndex index() {
        ReferenceIndex current = index;
        if (current == null || Instant.now().isAfter(indexedAt.plus(REFRESH))) {
            synchronized (this) {
                current = index;
                if (current == null || Instant.now().isAfter(indexedAt.plus(REFRESH))) {
                    current = load();
                    index = current;
                    indexedAt = Instant.now();
                }
            }
        }
        return current;
    }

    private ReferenceIndex load() {
        List<ReferenceIndex.ResolutionRow> resolutions = em
                .createQuery("select r.id, r.symbol, r.body, r.number from Resolution r", Object[].class)
                .getResultStream()
                .map(row -> new ReferenceIndex.ResolutionRow((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
        List<Object[]> vetoes = em.createQuery("select v.id, v.draftSymbol, v.meetingRecord from Veto v", Object[].class)
                .getResultList();
        List<Object[]> sessions = em.createQuery("select s.number, s.topic from EmergencySession s", Object[].class)
                .getResultList();
        return new ReferenceIndex(resolutions, vetoes, sessions);
    }
}
