package org.unref.change;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Keyset;
import org.unref.common.Page;
import org.unref.common.ProblemException;

/** Reads the change log, oldest first, from a position or a point in time. */
@ApplicationScoped
public class ChangeService {

    @Inject
    ChangeRepository repository;

    /**
     * The page of changes after the cursor, or else after {@code since}: a position (the changes after it) or a
     * point in time (the changes written at or after it); from the start of the log when neither is given.
     */
    public Page<ChangeDto> list(Long sincePosition, Instant sinceTime, String cursor, int limit, boolean count) {
        long after = cursor != null ? position(cursor)
                : sincePosition != null ? sincePosition
                : sinceTime != null ? repository.positionBefore(sinceTime)
                : 0;
        return Keyset.page(repository.listAfter(after, limit), limit, c -> String.valueOf(c.seq), count,
                () -> repository.countAfter(after)).map(ChangeDto::of);
    }

    private static long position(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("cursor",
                    "cursor is not one this service gave out; pass the `next` value of the previous page unchanged");
        }
    }
}
