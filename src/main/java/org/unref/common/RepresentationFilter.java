package org.unref.common;

import java.io.IOException;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the answers of operations that offer more than one type ({@link Representations}) with the writer of the type
 * they answer in. RESTEasy Reactive picks a writer from the method's declared type and the request's {@code Accept}
 * before the method runs: CSV bytes went out as their {@code toString()}, and with {@code Accept: application/*} so did
 * the JSON page (found by the contract fuzzer). Here CSV goes out as its bytes and JSON is serialized with the
 * application's mapper, as {@link ConditionalGetFilter} does for reference data.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class RepresentationFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!response.hasEntity() || response.getMediaType() == null) {
            return;
        }
        if (response.getEntity() instanceof byte[] bytes) {
            response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
        } else if (offersSeveral(resource.getResourceMethod()) && isJson(response.getMediaType().getSubtype())) {
            response.setEntity(mapper.writeValueAsBytes(response.getEntity()), response.getEntityAnnotations(),
                    response.getMediaType());
        }
    }

    private static boolean offersSeveral(Method method) {
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        return produces != null && produces.value().length > 1;
    }

    private static boolean isJson(String subtype) {
        return subtype.equals("json") || subtype.endsWith("+json");
    }
}
