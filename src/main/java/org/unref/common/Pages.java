package org.unref.common;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with the {@code Link: <...>; rel="next"} header that mirrors the body's {@code next}. */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page);
        if (page.next() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
            builder.header("Link", "<" + relative(next) + ">; rel=\"next\"");
        }
        return builder.build();
    }

    private static String relative(String absolute) {
        int pathStart = absolute.indexOf('/', absolute.indexOf("//") + 2);
        return pathStart < 0 ? absolute : absolute.substring(pathStart);
    }
}
