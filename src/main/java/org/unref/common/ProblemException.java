package org.unref.common;

import java.util.List;

/**
 * A request that cannot be answered for a reason the client can act on. Features extend it with their
 * own exceptions ({@code UnknownResolutionException}); {@link ProblemMappers} turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemDetail.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<ProblemDetail.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public static ProblemException invalidParameter(String name, String message) {
        return new ProblemException(400, "/problems/invalid-parameter", "Invalid parameter", message,
                List.of(new ProblemDetail.FieldError(name, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
