package org.unref.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters that arrived as text into values, or refuses them with a 400 naming the parameter. */
public final class Params {

    public static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    public static final String YEAR_PATTERN = "^\\d{4}$";

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, name + " must be a real date written YYYY-MM-DD, e.g. 2015-12-18");
        }
    }

    public static Integer year(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < 1945 || year > 2100) {
            throw ProblemException.invalidParameter(name, name + " must be a year between 1945 and 2100");
        }
        return year;
    }

    /**
     * A point in time for {@code updatedSince}: a date (midnight UTC) or an ISO 8601 instant, or a 400 naming the
     * parameter.
     */
    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                    : java.time.Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name,
                    name + " must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)");
        }
    }

    /** from after to can match nothing; say so rather than answer an empty list. */
    public static void ordered(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.invalidParameter("from", "from must not be later than to");
        }
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
