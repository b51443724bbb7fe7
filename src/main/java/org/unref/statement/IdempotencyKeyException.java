package org.unref.statement;

import java.util.List;

import org.unref.common.ProblemDetail;
import org.unref.common.ProblemException;

/** Why a request's Idempotency-Key cannot be honoured: each case its own status, as the IETF draft gives them. */
public class IdempotencyKeyException extends ProblemException {

    private IdempotencyKeyException(int status, String type, String title, String detail) {
        super(status, type, title, detail, List.of(new ProblemDetail.FieldError(IdempotencyClaim.HEADER, detail)));
    }

    /** Another request with this key has not finished yet (or finished while this one waited): retry later. */
    static IdempotencyKeyException inUse() {
        return new IdempotencyKeyException(409, "/problems/idempotency-key-in-use", "Conflict",
                "A request with this Idempotency-Key is being processed; send this one again once it has been answered.");
    }

    /** The key was used for a request with another body: a client bug, never a retry. */
    static IdempotencyKeyException reused() {
        return new IdempotencyKeyException(422, "/problems/idempotency-key-reused", "Unprocessable Content",
                "This Idempotency-Key was already used for a request with a different body; use a new key for a new statement.");
    }

    /**
     * The key's statement was created and then deleted. Creating it again would undo a deliberate delete when
     * an old retry arrives late, so the key stays spent.
     */
    static IdempotencyKeyException statementDeleted(long statementId) {
        return new IdempotencyKeyException(410, "/problems/idempotency-key-statement-deleted", "Gone",
                "The statement created with this Idempotency-Key (/api/v1/statements/" + statementId + ") has since been deleted; "
                        + "to store it again, send it with a new key.");
    }
}
