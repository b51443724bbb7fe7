package org.unref.common;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The paging parameters every list takes. */
public class PageRequest {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    @RestQuery
    @DefaultValue("20")
    @Min(value = 1, message = "limit must be between 1 and 200")
    @Max(value = MAX_LIMIT, message = "limit must be between 1 and 200")
    @Parameter(description = "How many records a page holds, 1 to 200.", example = "20")
    public int limit = DEFAULT_LIMIT;

    @RestQuery
    @Size(max = 512, message = "cursor is not one this service gave out")
    @Parameter(description = "Where the page starts: the `next` value of the previous page. Leave empty for the first page.")
    public String cursor;

    @RestQuery
    @DefaultValue("false")
    @Parameter(description = "Also return `total`, how many records match in all pages.", example = "false")
    public boolean count;

    /** The sort key to start after, or null for the first page. */
    public String after() {
        return Cursor.decode(cursor);
    }
}
