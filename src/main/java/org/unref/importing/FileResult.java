package org.unref.importing;

import java.util.List;

/**
 * What importing one file did: created, updated, unchanged, skipped (nothing in it to store) or rejected, with
 * the records it touched, why (for a rejection) and conflicts (values the file gives that differ from what is
 * stored and were left as stored).
 */
public record FileResult(String file, Outcome outcome, String detail, List<String> conflicts) {

    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, SKIPPED, REJECTED
    }

    public FileResult {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public static FileResult rejected(String file, String reason) {
        return new FileResult(file, Outcome.REJECTED, reason, List.of());
    }
}
