package org.unref.unitingforpeace;

import java.time.LocalDate;
import java.util.List;

import org.unref.common.Source;

/** One line of seed/emergency_special_sessions.jsonl (docs/seed-format.md). */
public record EmergencySessionSeed(int number, String topic, LocalDate dateStart, LocalDate dateEnd, boolean resumed,
        String convenedBy, String convenedUnder, String request, List<String> triggeringVetoes, List<String> resolutions,
        List<Source> sources, List<String> notes) {
}
