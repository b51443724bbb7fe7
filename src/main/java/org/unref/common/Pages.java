package org.unref.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with the {@code Link: <...>; rel="next"} header that mirrors the body's {@code next}. */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uri) {
        // Every list also answers text/csv: a cache must keep the two apart.
        RestResponse.ResponseBuilder<Page<T>> builder = RestResponse.ResponseBuilder.ok(page, MediaType.APPLICATION_JSON_TYPE);
        builder.header("Vary", "Accept");
        if (page.next() != null) {
            builder.header("Link", next(page, uri));
        }
        return builder.build();
    }

    /**
     * The page as CSV ({@code Accept: text/csv}): the rows of the export of its collection, a header line, and the next
     * page only in the {@code Link} header, since CSV has no place for it. The declared type is the JSON answer's
     * ({@link Representations#other}).
     */
    @SuppressWarnings("unchecked")
    public static <R, T> RestResponse<T> csv(Page<R> rows, Class<R> rowType, UriInfo uri) {
        RestResponse.ResponseBuilder<Object> builder = RestResponse.ResponseBuilder.ok(Csv.write(rows.items(), rowType),
                Representations.CSV_TYPE);
        builder.header("Vary", "Accept");
        if (rows.next() != null) {
            builder.header("Link", next(rows, uri));
        }
        return (RestResponse<T>) builder.build();
    }

    /** Whether the request prefers the CSV of a list to its JSON. */
    public static boolean csvWanted(jakarta.ws.rs.core.HttpHeaders headers) {
        return Representations.wants(headers, Representations.CSV, jakarta.ws.rs.core.MediaType.APPLICATION_JSON,
                Representations.CSV);
    }

    private static String next(Page<?> page, UriInfo uri) {
        String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", page.next()).build().toString();
        return "<" + relative(next) + ">; rel=\"next\"";
    }

    private static String relative(String absolute) {
        int pathStart = absolute.indexOf('/', absolute.indexOf("//") + 2);
        return pathStart < 0 ? absolute : absolute.substring(pathStart);
    }
}
