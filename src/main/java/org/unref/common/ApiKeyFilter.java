package org.unref.common;

import java.lang.reflect.Method;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/** Lets a write through only with a configured API key of the role its {@link RequiresRole} names: else 401 or 403. */
@Provider
@RequiresRole
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final String BEARER = "Bearer ";

    @Inject
    ApiKeys keys;

    @Inject
    ApiCaller caller;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String role = requiredRole();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized(request, "This operation needs an API key: send Authorization: Bearer <key>."));
            return;
        }
        Optional<ApiKeys.Key> key = keys.find(authorization.substring(BEARER.length()).strip());
        if (key.isEmpty()) {
            request.abortWith(unauthorized(request, "This API key is not known to the service."));
            return;
        }
        if (!ApiKeys.grants(key.get(), role)) {
            LOG.infof("Key %s (role %s) refused on %s %s", key.get().name(), key.get().role(), request.getMethod(),
                    request.getUriInfo().getRequestUri().getRawPath());
            request.abortWith(problem(request, 403, "Forbidden", "This API key's role (" + key.get().role()
                    + ") may not do this; it needs the " + role + " role.").build());
            return;
        }
        caller.authenticated(key.get());
    }

    private String requiredRole() {
        Method method = resource.getResourceMethod();
        RequiresRole onMethod = method == null ? null : method.getAnnotation(RequiresRole.class);
        RequiresRole onClass = resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(RequiresRole.class);
        String role = onMethod != null && !onMethod.value().isEmpty() ? onMethod.value()
                : onClass != null && !onClass.value().isEmpty() ? onClass.value() : RequiresRole.ADMIN;
        return role;
    }

    private static Response unauthorized(ContainerRequestContext request, String detail) {
        return problem(request, 401, "Unauthorized", detail).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"unref\"").build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String title, String detail) {
        String type = "/problems/" + title.toLowerCase(java.util.Locale.ROOT);
        return Response.status(status).type(ProblemDetail.MEDIA_TYPE)
                .entity(new ProblemDetail(type, title, status, detail, request.getUriInfo().getRequestUri().getRawPath(), null));
    }
}
