package org.unref.unitingforpeace;

import java.time.LocalDate;
import java.util.List;

import org.unref.common.Source;
import org.unref.importing.VoteSeed;

/** One line of seed/uniting_for_peace.jsonl (docs/seed-format.md). */
public record ReferralSeed(String resolution, LocalDate date, String meetingRecord, VoteSeed vote,
        List<String> triggeringVetoes, List<String> triggeringMeetings, Integer emergencySession, String subject,
        List<Source> sources, List<String> notes) {
}
