package org.unref.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.unref.change.ChangeDto;
import org.unref.charter.CharterProvision;
import org.unref.citation.CitationTarget;
import org.unref.citation.CitedByDto;
import org.unref.citation.CitingSource;
import org.unref.common.Links;
import org.unref.common.Source;
import org.unref.common.Vote;
import org.unref.resolution.Resolution;
import org.unref.statement.Statement;
import org.unref.unitingforpeace.EmergencySession;
import org.unref.unitingforpeace.Referral;
import org.unref.veto.Veto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One flat row per record, the same columns in CSV and JSON Lines: lists joined by "; ", sources by their
 * addresses, so a spreadsheet can hold every record. The lists answer {@code Accept: text/csv} with the same rows
 * ({@link org.unref.common.Pages#csv}); cited-by lists and the change log, which have no export, have rows here too.
 */
public final class ExportRows {

    private ExportRows() {
    }

    @JsonPropertyOrder({ "id", "symbol", "body", "number", "year", "adoptionDate", "meetingRecord", "title", "topic",
            "voteMethod", "yes", "no", "abstain", "nonVoting", "draftSymbol", "pressRelease", "subjects", "chapterVII",
            "charterProvisions", "aknIri", "sources", "notes", "updatedAt" })
    public record ResolutionRow(String id, String symbol, String body, String number, int year, LocalDate adoptionDate,
            String meetingRecord, String title, String topic, String voteMethod, Integer yes, Integer no, Integer abstain,
            Integer nonVoting, String draftSymbol, String pressRelease, String subjects, boolean chapterVII,
            String charterProvisions, String aknIri, String sources, String notes, Instant updatedAt) {

        public static ResolutionRow of(Resolution r) {
            Vote vote = r.vote == null ? new Vote() : r.vote;
            return new ResolutionRow(r.id, r.symbol, r.body, r.number, r.year, r.adoptionDate, r.meetingRecord, r.title, r.topic,
                    method(vote), vote.yes, vote.no, vote.abstain, vote.nonVoting, r.draftSymbol, r.pressRelease,
                    String.join("; ", r.subjects), r.chapterVII, String.join("; ", r.charterArticles), r.aknIri, urls(r.sources),
                    String.join(" | ", r.notes), r.updatedAt);
        }
    }

    @JsonPropertyOrder({ "id", "draftSymbol", "meetingRecord", "date", "dateEnd", "dateText", "agendaItem", "crisis", "region",
            "members", "voteMethod", "yes", "no", "abstain", "gaDebateMeetings", "sources", "notes", "updatedAt" })
    public record VetoRow(String id, String draftSymbol, String meetingRecord, LocalDate date, LocalDate dateEnd, String dateText,
            String agendaItem, String crisis, String region, String members, String voteMethod, Integer yes, Integer no,
            Integer abstain, String gaDebateMeetings, String sources, String notes, Instant updatedAt) {

        public static VetoRow of(Veto v) {
            Vote vote = v.vote == null ? new Vote() : v.vote;
            String debate = v.gaDebate == null || v.gaDebate.meetingRecords() == null ? null
                    : String.join("; ", v.gaDebate.meetingRecords());
            return new VetoRow(v.id, v.draftSymbol, v.meetingRecord, v.date, v.dateEnd, v.dateText, v.agendaItem, v.crisis,
                    v.region, v.members.stream().sorted().collect(Collectors.joining("; ")), method(vote), vote.yes, vote.no,
                    vote.abstain, debate, urls(v.sources), String.join(" | ", v.notes), v.updatedAt);
        }
    }

    @JsonPropertyOrder({ "id", "title", "authorOrganization", "speaker", "date", "kind", "language", "sourceUrl", "text",
            "createdAt", "updatedAt" })
    public record StatementRow(long id, String title, String authorOrganization, String speaker, LocalDate date, String kind,
            String language, String sourceUrl, String text, Instant createdAt, Instant updatedAt) {

        public static StatementRow of(Statement s) {
            return new StatementRow(s.id, s.title, s.authorOrganization, s.speaker, s.date, s.kind, s.language, s.sourceUrl, s.text,
                    s.createdAt, s.updatedAt);
        }
    }

    /**
     * Every text of the Charter in reading order (ordinal): the preamble's lines, and each article's introduction,
     * text, paragraphs, lettered items and closing words; {@code path} is where the API serves it.
     */
    @JsonPropertyOrder({ "id", "ordinal", "kind", "article", "paragraph", "item", "path", "text", "sources" })
    public record CharterRow(String id, int ordinal, String kind, Integer article, Integer paragraph, String item, String path, String text,
            String sources) {

        public static CharterRow of(CharterProvision p) {
            String path = switch (p.kind) {
                case PREAMBLE -> Links.API + "/charter/preamble";
                case PARAGRAPH, ITEM -> Links.charterProvision(p.id);
                default -> Links.article(p.article);
            };
            return new CharterRow(p.id, p.ordinal, p.kind.name().toLowerCase(java.util.Locale.ROOT), p.article, p.paragraph, p.item,
                    path, p.text, urls(p.sources));
        }
    }

    @JsonPropertyOrder({ "number", "topic", "dateStart", "dateEnd", "resumed", "convenedBy", "convenedUnder", "request",
            "triggeringVetoes", "resolutions", "sources", "notes", "updatedAt" })
    public record EmergencySessionRow(int number, String topic, LocalDate dateStart, LocalDate dateEnd, boolean resumed, String convenedBy,
            String convenedUnder, String request, String triggeringVetoes, String resolutions, String sources, String notes,
            Instant updatedAt) {

        public static EmergencySessionRow of(EmergencySession s) {
            return new EmergencySessionRow(s.number, s.topic, s.dateStart, s.dateEnd, s.resumed, s.convenedBy, s.convenedUnder,
                    s.request, String.join("; ", s.triggeringVetoes), String.join("; ", s.resolutions), urls(s.sources),
                    String.join(" | ", s.notes), s.updatedAt);
        }
    }

    @JsonPropertyOrder({ "id", "resolution", "date", "meetingRecord", "voteMethod", "yes", "no", "abstain", "triggeringVetoes",
            "triggeringMeetings", "emergencySession", "subject", "sources", "notes", "updatedAt" })
    public record ReferralRow(String id, String resolution, LocalDate date, String meetingRecord, String voteMethod, Integer yes, Integer no,
            Integer abstain, String triggeringVetoes, String triggeringMeetings, Integer emergencySession, String subject,
            String sources, String notes, Instant updatedAt) {

        public static ReferralRow of(Referral r) {
            Vote vote = r.vote == null ? new Vote() : r.vote;
            return new ReferralRow(r.id, r.resolution, r.date, r.meetingRecord, method(vote), vote.yes, vote.no, vote.abstain,
                    String.join("; ", r.triggeringVetoes), String.join("; ", r.triggeringMeetings), r.emergencySession, r.subject,
                    urls(r.sources), String.join(" | ", r.notes), r.updatedAt);
        }
    }

    /** One place a record is cited: the citing statement or resolution, the words cited and what they point at. */
    @JsonPropertyOrder({ "citationId", "sourceType", "sourceId", "sourceLabel", "sourceDate", "sourceLink", "text", "snippet",
            "pinpoint", "paragraph", "targetType", "targetId", "targetLabel", "targetLink" })
    public record CitedByRow(long citationId, String sourceType, String sourceId, String sourceLabel, LocalDate sourceDate,
            String sourceLink, String text, String snippet, String pinpoint, String paragraph, String targetType, String targetId,
            String targetLabel, String targetLink) {

        public static CitedByRow of(CitedByDto c) {
            CitingSource s = c.source();
            CitationTarget t = c.target();
            return new CitedByRow(c.citationId(), s.type(), s.id(), s.label(), s.date(), s.link(), c.text(), c.snippet(),
                    c.pinpoint(), c.paragraph(), t == null ? null : t.type(), t == null ? null : t.id(),
                    t == null ? null : t.label(), t == null ? null : t.link());
        }
    }

    /** One line of the change log, as /api/v1/changes gives it. */
    @JsonPropertyOrder({ "sequence", "time", "kind", "collection", "id", "link" })
    public record ChangeRow(long sequence, Instant time, String kind, String collection, String id, String link) {

        public static ChangeRow of(ChangeDto c) {
            return new ChangeRow(c.sequence(), c.time(), c.kind(), c.collection(), c.id(), c.link());
        }
    }

    private static String method(Vote vote) {
        return vote.method == null ? null : vote.method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String urls(List<Source> sources) {
        return sources.stream().map(Source::url).filter(u -> u != null).collect(Collectors.joining(" "));
    }
}
