package org.unref.importing;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The result of one import run, file by file, and its totals. */
public record ImportReport(List<FileResult> files, Duration took) {

    public long count(FileResult.Outcome outcome) {
        return files.stream().filter(f -> f.outcome() == outcome).count();
    }

    public boolean anyRejected() {
        return count(FileResult.Outcome.REJECTED) > 0;
    }

    /** The report as a person reads it: totals, then every rejection and conflict with its file. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Imported %d file(s) in %.1f s: %d created, %d updated, %d unchanged, %d skipped, %d rejected%n",
                files.size(), took.toMillis() / 1000.0, count(FileResult.Outcome.CREATED), count(FileResult.Outcome.UPDATED),
                count(FileResult.Outcome.UNCHANGED), count(FileResult.Outcome.SKIPPED), count(FileResult.Outcome.REJECTED)));
        for (FileResult f : files) {
            if (f.outcome() == FileResult.Outcome.REJECTED || f.outcome() == FileResult.Outcome.SKIPPED) {
                out.append(String.format("  %s %s: %s%n", f.outcome().name().toLowerCase(), f.file(), f.detail()));
            }
        }
        List<String> conflicts = files.stream().flatMap(f -> f.conflicts().stream().map(c -> f.file() + ": " + c))
                .collect(Collectors.toList());
        if (!conflicts.isEmpty()) {
            out.append(String.format("Conflicts left as stored (%d):%n", conflicts.size()));
            conflicts.forEach(c -> out.append("  ").append(c).append(System.lineSeparator()));
        }
        return out.toString();
    }
}
