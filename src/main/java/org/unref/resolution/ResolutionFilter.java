package org.unref.resolution;

import java.time.LocalDate;

/** The filters of the resolutions list; null means "any". */
public record ResolutionFilter(String body, Integer year, LocalDate from, LocalDate to, String q, String subject,
        String chapter, String vote, java.time.Instant updatedSince) {
}
