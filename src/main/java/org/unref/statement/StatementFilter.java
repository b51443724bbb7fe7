package org.unref.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.unref.citation.CitationTarget;

/** The list's filters, already read and checked; null means "any". */
record StatementFilter(String author, LocalDate from, LocalDate to, CitationTarget cites, List<String> words, Instant updatedSince) {
}
