package org.unref.resolution;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.citation.CitationRepository;
import org.unref.citation.StoredCitation;
import org.unref.common.Links;
import org.unref.common.ProblemException;
import org.unref.common.Ref;
import org.unref.common.VoteDto;

/** Reads a resolution's text, paragraphs, per-member votes and citations. */
@ApplicationScoped
public class ResolutionTextService {

    @Inject
    ResolutionRepository resolutions;

    @Inject
    ResolutionTextRepository texts;

    @Inject
    CitationRepository citations;

    public ResolutionTextDto text(String id) {
        Resolution r = resolution(id);
        ResolutionText text = texts.findText(id).orElseThrow(() -> noText(r));
        List<ParagraphDto> paragraphs = texts.listParagraphs(id).stream().map(p -> paragraph(p)).toList();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", textPath(id));
        links.put("resolution", Links.resolution(id));
        links.put("votes", textPath(id).replace("/text", "/votes"));
        links.put("cites", textPath(id).replace("/text", "/cites"));
        return new ResolutionTextDto(ref(r), List.copyOf(text.sponsors), paragraphs, List.copyOf(text.sources), links);
    }

    public ParagraphDto paragraph(String id, String paragraphId) {
        Resolution r = resolution(id);
        if (texts.findText(id).isEmpty()) {
            throw noText(r);
        }
        return texts.findParagraph(id, paragraphId).map(ResolutionTextService::paragraph)
                .orElseThrow(() -> new ProblemException(404, "/problems/not-found", "Not Found",
                        "Resolution " + r.symbol + " has no paragraph '" + paragraphId + "'; its paragraphs are listed at "
                                + textPath(id) + ".", null));
    }

    public ResolutionVotesDto votes(String id) {
        Resolution r = resolution(id);
        List<MemberVoteDto> members = texts.listVotes(id).stream()
                .sorted(Comparator.comparing((MemberVote v) -> order(v.vote)).thenComparing(v -> v.code))
                .map(v -> new MemberVoteDto(v.code, v.name, v.vote)).toList();
        var sources = members.isEmpty() ? List.<org.unref.common.Source>of()
                : r.sources.stream().filter(s -> "akn".equals(s.type())).toList();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.resolution(id) + "/votes");
        links.put("resolution", Links.resolution(id));
        return new ResolutionVotesDto(ref(r), VoteDto.of(r.vote), !members.isEmpty(), members, sources, links);
    }

    public ResolutionCitesDto cites(String id) {
        Resolution r = resolution(id);
        Map<String, ResolutionParagraph> byEId = new HashMap<>();
        for (ResolutionParagraph p : texts.listParagraphs(id)) {
            byEId.put(p.eId != null ? p.eId : p.paragraphId, p);
        }
        Map<String, String> labels = new HashMap<>();
        List<ResolutionCitationDto> items = citations.listBySource(StoredCitation.SourceType.RESOLUTION, id).stream()
                .sorted(Comparator.comparingInt((StoredCitation c) -> byEId.containsKey(c.sourceParagraph)
                        ? byEId.get(c.sourceParagraph).ordinal : Integer.MAX_VALUE).thenComparingInt(c -> c.start))
                .map(c -> {
                    ResolutionParagraph p = byEId.get(c.sourceParagraph);
                    return new ResolutionCitationDto(p == null ? null : p.paragraphId, c.sourceParagraph, c.start, c.end,
                            c.matchedText, c.snippet, c.kind.name().toLowerCase(Locale.ROOT).replace('_', '-'), c.referenceId,
                            c.status.name().toLowerCase(Locale.ROOT), target(c, labels));
                }).toList();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.resolution(id) + "/cites");
        links.put("text", textPath(id));
        return new ResolutionCitesDto(ref(r), items, links);
    }

    private Ref target(StoredCitation c, Map<String, String> labels) {
        if (c.status != StoredCitation.Status.FOUND || c.targetId == null) {
            return null;
        }
        if (c.targetType == StoredCitation.TargetType.RESOLUTION) {
            String label = labels.computeIfAbsent(c.targetId,
                    t -> resolutions.findByIdOptional(t).map(x -> x.symbol).orElse(t));
            return new Ref(c.targetId, label, Links.resolution(c.targetId));
        }
        if (c.targetType == StoredCitation.TargetType.CHARTER) {
            if (c.targetId.startsWith("chapter-")) {
                String numeral = c.targetId.substring("chapter-".length()).toUpperCase(Locale.ROOT);
                return new Ref(c.targetId, "Chapter " + numeral, Links.chapter(numeral));
            }
            return new Ref(c.targetId, Links.charterLabel(c.targetId), Links.charterProvision(c.targetId));
        }
        return new Ref(c.targetId, c.targetId, null);
    }

    private static int order(String vote) {
        return switch (vote) {
            case "yes" -> 0;
            case "no" -> 1;
            case "abstain" -> 2;
            default -> 3;
        };
    }

    private Resolution resolution(String id) {
        return resolutions.findByIdOptional(id).orElseThrow(() -> new UnknownResolutionException(id));
    }

    private static ProblemException noText(Resolution r) {
        return new ProblemException(404, "/problems/not-found", "Not Found", "No text of " + r.symbol
                + " is stored; unref holds the texts the UN publishes as AKN4UN files (Security Council, 2020 onwards).", null);
    }

    private static Ref ref(Resolution r) {
        return new Ref(r.id, r.symbol, Links.resolution(r.id));
    }

    private static String textPath(String id) {
        return Links.resolution(id) + "/text";
    }

    static ParagraphDto paragraph(ResolutionParagraph p) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", textPath(p.resolutionId) + "/paragraphs/" + p.paragraphId);
        links.put("text", textPath(p.resolutionId));
        if (p.parentId != null) {
            links.put("parent", textPath(p.resolutionId) + "/paragraphs/" + p.parentId);
        }
        return new ParagraphDto(p.paragraphId, p.eId, p.kind, p.number, p.parentId, p.text, List.copyOf(p.links), links);
    }
}
