package org.unref.export;

import java.util.Locale;

import org.unref.common.ProblemException;

/** The two bulk formats: CSV (RFC 4180, a header line) and JSON Lines (one JSON object a line). */
public enum ExportFormat {
    CSV("text/csv"), JSONL("application/jsonl");

    public final String mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    static ExportFormat of(String name) {
        try {
            return name == null ? CSV : valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("format", "format must be csv or jsonl");
        }
    }
}
