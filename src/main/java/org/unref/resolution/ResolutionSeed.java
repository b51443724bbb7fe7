package org.unref.resolution;

import java.time.LocalDate;
import java.util.List;

import org.unref.common.Source;
import org.unref.importing.VoteSeed;

/** One line of seed/resolutions.jsonl (docs/seed-format.md). */
public record ResolutionSeed(String symbol, String body, String number, int year, LocalDate adoptionDate,
        String meetingRecord, String title, String topic, VoteSeed vote, String draftSymbol, String pressRelease,
        List<String> subjects, boolean chapterVII, List<String> charterArticles, List<Source> sources, List<String> notes,
        String aknIri) {
}
