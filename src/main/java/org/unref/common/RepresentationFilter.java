package org.unref.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands bytes made by a resource ({@link Representations#other}: a list as CSV) to the writer of bytes. RESTEasy Reactive
 * chooses a method's writer from its declared type when it is built (the JSON page), and chooses again by the entity's
 * class only when a filter sets the entity; without this, the CSV bytes of a list went out as their {@code toString()}.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RepresentationFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof byte[] bytes && response.getMediaType() != null) {
            response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
