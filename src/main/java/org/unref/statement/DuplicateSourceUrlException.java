package org.unref.statement;

import java.util.List;

import org.unref.common.ProblemDetail;
import org.unref.common.ProblemException;

/** Two statements cannot have the same source URL: the second is most likely the first sent again. */
public class DuplicateSourceUrlException extends ProblemException {

    public DuplicateSourceUrlException(String sourceUrl, Long existingId) {
        super(409, "/problems/duplicate-source-url", "Conflict",
                "A statement with this sourceUrl is already stored" + (existingId == null ? "" : " as /api/v1/statements/" + existingId)
                        + "; update it with PUT instead of creating it again.",
                List.of(new ProblemDetail.FieldError("sourceUrl", "sourceUrl " + sourceUrl + " is already used")));
    }
}
