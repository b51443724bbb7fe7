package org.unref.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * Refuses a query parameter that the operation does not take, with a 400 naming it and the parameters it takes. A
 * misspelt filter ({@code /resolutions?yera=2015}) used to be ignored, and the answer was the whole list, unfiltered:
 * a wrong answer that looks right. The names come from the resource method's query parameters and those of its
 * {@code @BeanParam} classes, read once per method. Runs before the response cache, so a refused query is never
 * answered from it.
 */
@Provider
@Priority(Priorities.USER)
public class UnknownQueryParameterFilter implements ContainerRequestFilter {

    private static final Map<Method, Set<String>> TAKEN = new ConcurrentHashMap<>();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query == null || query.isEmpty()) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> taken = TAKEN.computeIfAbsent(method, UnknownQueryParameterFilter::queryParameters);
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!name.isEmpty() && !taken.contains(name)) {
                throw ProblemException.invalidParameter(name, name + " is not a parameter of this operation; "
                        + (taken.isEmpty() ? "it takes none" : "it takes " + String.join(", ", taken)));
            }
        }
    }

    /** The names of the query parameters {@code method} takes, sorted. */
    static Set<String> queryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter.getAnnotation(RestQuery.class), parameter.getAnnotation(QueryParam.class),
                    parameter.getName());
            if (name != null) {
                names.add(name);
            } else if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        String fieldName = queryName(field.getAnnotation(RestQuery.class), field.getAnnotation(QueryParam.class),
                                field.getName());
                        if (fieldName != null) {
                            names.add(fieldName);
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    private static String queryName(RestQuery rest, QueryParam query, String declaredName) {
        if (rest != null) {
            return rest.value().isEmpty() ? declaredName : rest.value();
        }
        return query == null ? null : query.value();
    }
}
