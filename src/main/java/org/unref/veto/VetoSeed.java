package org.unref.veto;

import java.time.LocalDate;
import java.util.List;

import org.unref.common.Source;
import org.unref.importing.VoteSeed;

/** One line of seed/vetoes.jsonl (docs/seed-format.md). */
public record VetoSeed(String id, String draftSymbol, String meetingRecord, LocalDate date, LocalDate dateEnd,
        String dateText, String agendaItem, String crisis, String region, List<String> members, VoteSeed vote, GaDebate gaDebate, List<Source> sources,
        List<String> notes) {
}
