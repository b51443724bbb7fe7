package org.unref.common;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a NUL character (%00) in the path or a query parameter with a 400 naming it: no id or search holds one,
 * and PostgreSQL cannot even compare a text with a NUL in it (it fails the query, which would be a 500).
 */
@Provider
@PreMatching
public class NulParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String fault = null;
        // The raw path, not getPath(): that decodes a second time when the path has matrix parameters, and fails on
        // an id that is a lone '%' once decoded.
        if (request.getUriInfo().getRequestUri().getRawPath().contains("%00")) {
            fault = "path";
        } else {
            for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                    fault = parameter.getKey().replace("\0", "");
                    break;
                }
            }
        }
        if (fault != null) {
            String message = fault + " must not contain a NUL character (%00)";
            request.abortWith(Response.status(400).type(ProblemDetail.MEDIA_TYPE)
                    .entity(new ProblemDetail("/problems/invalid-parameter", "Invalid parameter", 400, message,
                            request.getUriInfo().getRequestUri().getRawPath(), List.of(new ProblemDetail.FieldError(fault, message))))
                    .build());
        }
    }
}
