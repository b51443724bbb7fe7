package org.unref.common;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The paging parameters every list takes. They arrive as text and are read here, because JAX-RS answers a
 * number that does not parse with 404; a client deserves a 400 that names the parameter.
 */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    private static final String LIMIT_MESSAGE = "limit must be between 1 and 200";

    @RestQuery
    @Pattern(regexp = "^\\d{1,9}$", message = LIMIT_MESSAGE)
    @Parameter(description = "How many records a page holds, 1 to 200 (default 20).", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String limit;

    @RestQuery
    @Size(max = 512, message = "cursor is not one this service gave out")
    @Parameter(description = "Where the page starts: the `next` value of the previous page. Leave empty for the first page.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 512, pattern = "^[A-Za-z0-9_-]*$"))
    public String cursor;

    @RestQuery
    @Pattern(regexp = "^(true|false)$", message = "count must be true or false")
    @Parameter(description = "true also returns `total`, how many records match in all pages.", example = "false",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String count;

    public int limit() {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        int value = Integer.parseInt(limit);
        if (value < 1 || value > MAX_LIMIT) {
            throw ProblemException.invalidParameter("limit", LIMIT_MESSAGE);
        }
        return value;
    }

    public boolean count() {
        return "true".equals(count);
    }

    /** The sort key to start after, or null for the first page. */
    public String after() {
        return Cursor.decode(cursor);
    }
}
