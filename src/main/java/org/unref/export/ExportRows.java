package org.unref.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.unref.common.Source;
import org.unref.common.Vote;
import org.unref.resolution.Resolution;
import org.unref.veto.Veto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One flat row per record, the same columns in CSV and JSON Lines: lists joined by "; ", sources by their
 * addresses, so a spreadsheet can hold every record.
 */
final class ExportRows {

    private ExportRows() {
    }

    @JsonPropertyOrder({ "id", "symbol", "body", "number", "year", "adoptionDate", "meetingRecord", "title", "topic",
            "voteMethod", "yes", "no", "abstain", "nonVoting", "draftSymbol", "pressRelease", "subjects", "chapterVII",
            "charterProvisions", "sources", "notes", "updatedAt" })
    record ResolutionRow(String id, String symbol, String body, String number, int year, LocalDate adoptionDate,
            String meetingRecord, String title, String topic, String voteMethod, Integer yes, Integer no, Integer abstain,
            Integer nonVoting, String draftSymbol, String pressRelease, String subjects, boolean chapterVII,
            String charterProvisions, String sources, String notes, Instant updatedAt) {

        static ResolutionRow of(Resolution r) {
            Vote vote = r.vote == null ? new Vote() : r.vote;
            return new ResolutionRow(r.id, r.symbol, r.body, r.number, r.year, r.adoptionDate, r.meetingRecord, r.title, r.topic,
                    method(vote), vote.yes, vote.no, vote.abstain, vote.nonVoting, r.draftSymbol, r.pressRelease,
                    String.join("; ", r.subjects), r.chapterVII, String.join("; ", r.charterArticles), urls(r.sources),
                    String.join(" | ", r.notes), r.updatedAt);
        }
    }

    @JsonPropertyOrder({ "id", "draftSymbol", "meetingRecord", "date", "dateEnd", "dateText", "agendaItem", "crisis", "region",
            "members", "voteMethod", "yes", "no", "abstain", "gaDebateMeetings", "sources", "notes", "updatedAt" })
    record VetoRow(String id, String draftSymbol, String meetingRecord, LocalDate date, LocalDate dateEnd, String dateText,
            String agendaItem, String crisis, String region, String members, String voteMethod, Integer yes, Integer no,
            Integer abstain, String gaDebateMeetings, String sources, String notes, Instant updatedAt) {

        static VetoRow of(Veto v) {
            Vote vote = v.vote == null ? new Vote() : v.vote;
            String debate = v.gaDebate == null || v.gaDebate.meetingRecords() == null ? null
                    : String.join("; ", v.gaDebate.meetingRecords());
            return new VetoRow(v.id, v.draftSymbol, v.meetingRecord, v.date, v.dateEnd, v.dateText, v.agendaItem, v.crisis,
                    v.region, v.members.stream().sorted().collect(Collectors.joining("; ")), method(vote), vote.yes, vote.no,
                    vote.abstain, debate, urls(v.sources), String.join(" | ", v.notes), v.updatedAt);
        }
    }

    private static String method(Vote vote) {
        return vote.method == null ? null : vote.method.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String urls(List<Source> sources) {
        return sources.stream().map(Source::url).filter(u -> u != null).collect(Collectors.joining(" "));
    }
}
