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

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
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
}
