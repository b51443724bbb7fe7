package org.unref.veto;

import java.time.LocalDate;

/** The filters of the vetoes list; null means "any". {@code member} is an ISO code. */
public record VetoFilter(String member, Integer year, LocalDate from, LocalDate to, String q, java.time.Instant updatedSince) {
}
