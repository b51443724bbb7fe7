package org.unref.importing.dhl;

import java.time.LocalDate;
import java.util.List;

/** What one Dag Hammarskjöld Library page says: a year's meetings table (resolutions) or the veto list. */
public sealed interface DhlPage {

    /** A resolution row of a yearly meetings table; the date is the meeting's (DHL gives meeting dates). */
    record ResolutionRow(int number, int year, LocalDate date, String meetingRecord, String pressRelease, String topic,
            String method, Integer yes, Integer no, Integer abstain, String raw) {
    }

    /** A row of the veto list; dateEnd is set for ranges ("7-9 January 1980"). */
    record VetoRow(LocalDate date, LocalDate dateEnd, String dateText, String draftSymbol, String meetingRecord,
            String agendaItem, List<String> members) {
    }

    record Meetings(int year, List<ResolutionRow> resolutions) implements DhlPage {
    }

    record Vetoes(List<VetoRow> vetoes) implements DhlPage {
    }
}
