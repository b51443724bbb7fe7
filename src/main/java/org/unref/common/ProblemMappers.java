package org.unref.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem+json. Client errors say what to fix; server errors
 * say nothing of internals and are logged at ERROR with the detail the client does not see.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new ProblemDetail(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(parameterName(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemDetail.FieldError::name))
                .toList();
        String detail = errors.stream().map(ProblemDetail.FieldError::message).distinct()
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid.");
        return respond(new ProblemDetail("/problems/invalid-parameter", "Invalid parameter", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.errorf(e, "Server error %d on %s", status, path(uri));
            return respond(serverError(status, uri));
        }
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType != null ? statusType.getReasonPhrase() : "Client Error";
        Response.ResponseBuilder builder = Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail("/problems/" + title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status,
                        clientDetail(status), path(uri), null));
        if (status == 405) {
            builder.header(HttpHeaders.ALLOW, allowedMethods.allowFor(path(uri)));
        }
        return builder.build();
    }

    /** A body that is not the JSON the operation takes: 400 naming the field when Jackson knows it. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        String field = null;
        String message;
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof com.fasterxml.jackson.core.exc.StreamReadException || root instanceof java.io.CharConversionException) {
            message = String.valueOf(root.getMessage()).contains("UTF-8")
                    ? "The body is not valid UTF-8 text; send it encoded as UTF-8."
                    : "The body is not valid JSON.";
        } else if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            field = unknown.getPropertyName();
            message = "unknown field '" + field + "'; see the request schema in /q/swagger-ui";
        } else if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(mapping.getPath().size() - 1).getFieldName() != null) {
            field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
            message = String.valueOf(mapping.getOriginalMessage()).contains(NulStringsCustomizer.MESSAGE)
                    ? field + " " + NulStringsCustomizer.MESSAGE
                    : field + " has a value of the wrong form (dates are written YYYY-MM-DD, texts in quotes)";
        } else {
            message = "The body is not valid JSON.";
        }
        List<ProblemDetail.FieldError> errors = field == null ? List.of(new ProblemDetail.FieldError("body", message))
                : List.of(new ProblemDetail.FieldError(field, message));
        return respond(new ProblemDetail("/problems/invalid-body", "Invalid body", 400, message, path(uri), errors));
    }

    /** Jackson's mismatches (unknown field, a date of the wrong form) answered like every other bad body. */
    @ServerExceptionMapper
    public Response mismatched(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** A body whose bytes are not UTF-8, found while the JSON reader decodes it. */
    @ServerExceptionMapper
    public Response undecodable(java.io.CharConversionException e, UriInfo uri) {
        String message = "The body is not valid UTF-8 text; send it encoded as UTF-8.";
        return respond(new ProblemDetail("/problems/invalid-body", "Invalid body", 400, message, path(uri),
                List.of(new ProblemDetail.FieldError("body", message))));
    }

    /** A unique column refused a row that a check before the insert could not see (two writes at once): 409. */
    @ServerExceptionMapper
    public Response conflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        if (!constraint.contains("source_url")) {
            return unexpected(e, uri);
        }
        return respond(new ProblemDetail("/problems/duplicate-source-url", "Conflict", 409,
                "A statement with this sourceUrl is already stored.", path(uri),
                List.of(new ProblemDetail.FieldError("sourceUrl", "sourceUrl is already used"))));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Throwable race = cause(e, jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class);
        if (race != null) {
            // A record changed or vanished under a write that had read it: the client may simply retry.
            LOG.infof("Write on %s lost a race with another write: %s", path(uri), race.getMessage());
            return respond(new ProblemDetail("/problems/concurrent-write", "Conflict", 409,
                    "The record changed while this request was handled; read it again and retry.", path(uri), null));
        }
        if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
            // Vert.x has already answered 413 for a chunked body over quarkus.http.limits.max-body-size; the body
            // reader only learns of it afterwards. Not a failure of ours.
            LOG.debugf("Body over the limit on %s", path(uri));
            return respond(new ProblemDetail("/problems/content-too-large", "Content Too Large", 413,
                    "The body is larger than this service accepts (texts up to 1 MB of UTF-8); split it into parts.", path(uri), null));
        }
        if (cause(e, java.nio.channels.ClosedChannelException.class, io.vertx.core.http.HttpClosedException.class) != null) {
            // The client closed the connection before its body arrived in full (a timeout, a stopped load tool): nothing
            // was stored, and nobody is left to read an answer. Not a failure of ours.
            LOG.debugf("Client closed the connection before the body of %s arrived", path(uri));
            return respond(new ProblemDetail("/problems/incomplete-body", "Bad Request", 400,
                    "The connection closed before the request body arrived in full.", path(uri), null));
        }
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return respond(serverError(500, uri));
    }

    private static ProblemDetail serverError(int status, UriInfo uri) {
        return new ProblemDetail("/problems/server-error", "Internal Server Error", status,
                "The service could not answer this request. It has been logged; please try again later.", path(uri), null);
    }

    private static String clientDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path. The API lives under /api/v1; see /q/swagger-ui.";
            case 405 -> "This path does not accept that method; the Allow header lists the ones it does.";
            case 406 -> "This path cannot answer in any of the media types the Accept header asks for; try application/json.";
            case 415 -> "This path does not accept a body of that Content-Type.";
            case 400 -> "The request is malformed.";
            default -> "The request cannot be answered as sent.";
        };
    }

    private static String parameterName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static Response respond(ProblemDetail problem) {
        return Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem).build();
    }

    /** The first throwable in the cause chain of {@code e} (itself included) of one of {@code types}, else null. */
    @SafeVarargs
    private static Throwable cause(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
