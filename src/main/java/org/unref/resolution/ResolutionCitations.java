package org.unref.resolution;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unref.citation.Citation;
import org.unref.citation.CitationExtractor;
import org.unref.citation.CitationKind;
import org.unref.citation.StoredCitation;
import org.unref.citation.StoredCitation.Status;
import org.unref.citation.StoredCitation.TargetType;
import org.unref.common.Slugs;

/**
 * The citations a resolution's text makes: every undocs.org link the UN's file marks, and every Charter provision
 * or chapter the extractor finds in the words. Plain Java: what is stored is given as id sets ({@link Targets}).
 */
public final class ResolutionCitations {

    private static final Pattern UNDOCS = Pattern.compile("^https?://(?:www\\.)?undocs\\.org/(?:(?:en|fr|es|ar|zh|ru)/)?(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final int SNIPPET_CONTEXT = 120;

    private final CitationExtractor extractor = new CitationExtractor();

    /** Ids of stored records a citation may resolve to: resolutions (slugs) and Charter ids (art-25, chapter-vii). */
    public record Targets(Set<String> resolutions, Set<String> charter) {
    }

    public List<StoredCitation> of(String resolutionId, LocalDate date, List<TextParagraph> paragraphs, Targets targets) {
        List<StoredCitation> out = new ArrayList<>();
        Instant now = Instant.now();
        for (TextParagraph p : paragraphs) {
            String where = p.eId() != null ? p.eId() : p.id();
            for (ParagraphLink link : p.links()) {
                String symbol = symbol(link.href());
                if (symbol == null || link.end() > p.text().length()) {
                    continue;
                }
                StoredCitation c = base(resolutionId, date, where, p.text(), link.start(), link.end(), now);
                List<Citation> found = extractor.extract(symbol);
                if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == symbol.length()
                        && found.get(0).reference() != null && found.get(0).reference().id() != null) {
                    c.kind = found.get(0).kind();
                    c.referenceId = found.get(0).reference().id();
                } else {
                    c.kind = CitationKind.DOCUMENT;
                    c.referenceId = Slugs.of(symbol);
                }
                c.pinpoint = symbol.length() > 100 ? symbol.substring(0, 100) : symbol;
                resolve(c, targets);
                out.add(c);
            }
            for (Citation found : extractor.extract(p.text())) {
                if (found.kind() != CitationKind.CHARTER_PROVISION && found.kind() != CitationKind.CHARTER_CHAPTER) {
                    continue;
                }
                StoredCitation c = base(resolutionId, date, where, p.text(), found.start(), found.end(), now);
                c.kind = found.kind();
                c.referenceId = found.reference() == null ? null : found.reference().id();
                c.pinpoint = found.pinpoint();
                resolve(c, targets);
                out.add(c);
            }
        }
        return out;
    }

    /** The document symbol an undocs.org address names ("S/RES/2254(2015)"), or null for any other address. */
    static String symbol(String href) {
        if (href == null) {
            return null;
        }
        Matcher m = UNDOCS.matcher(href.strip());
        if (!m.matches()) {
            return null;
        }
        String s = URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? null : s;
    }

    private static void resolve(StoredCitation c, Targets targets) {
        c.status = Status.UNKNOWN;
        if (c.referenceId == null) {
            return;
        }
        if (c.kind == CitationKind.RESOLUTION && targets.resolutions().contains(c.referenceId)) {
            c.status = Status.FOUND;
            c.targetType = TargetType.RESOLUTION;
            c.targetId = c.referenceId;
        } else if ((c.kind == CitationKind.CHARTER_PROVISION || c.kind == CitationKind.CHARTER_CHAPTER)
                && targets.charter().contains(c.referenceId)) {
            c.status = Status.FOUND;
            c.targetType = TargetType.CHARTER;
            c.targetId = c.referenceId;
        }
    }

    private static StoredCitation base(String resolutionId, LocalDate date, String paragraph, String text, int start,
            int end, Instant now) {
        StoredCitation c = new StoredCitation();
        c.sourceType = StoredCitation.SourceType.RESOLUTION;
        c.sourceId = resolutionId;
        c.sourceParagraph = paragraph;
        c.sourceDate = date;
        c.start = start;
        c.end = end;
        c.matchedText = clip(text.substring(start, end), 1000);
        int from = Math.max(0, start - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), end + SNIPPET_CONTEXT);
        c.snippet = clip((from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : ""), 1000);
        c.createdAt = now;
        return c;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
