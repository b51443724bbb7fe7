package org.unref.deploy;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

/** Collects every mismatch a check finds, so one run reports all of them, each in its own words. */
final class Problems {

    private final String subject;
    private final List<String> found = new ArrayList<>();

    Problems(String subject) {
        this.subject = subject;
    }

    void check(boolean ok, String problem) {
        if (!ok) {
            found.add(problem);
        }
    }

    void add(String problem) {
        found.add(problem);
    }

    void assertNone() {
        if (!found.isEmpty()) {
            fail(subject + ": " + found.size() + " problem(s):\n  - " + String.join("\n  - ", found));
        }
    }
}
