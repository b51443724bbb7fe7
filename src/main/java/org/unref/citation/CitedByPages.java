package org.unref.citation;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.Page;
import org.unref.common.Pages;
import org.unref.export.ExportRows;

/** A page of cited-by as JSON, or as CSV ({@link ExportRows.CitedByRow}) when the request prefers it. */
final class CitedByPages {

    private CitedByPages() {
    }

    static RestResponse<Page<CitedByDto>> answer(HttpHeaders headers, UriInfo uri, Page<CitedByDto> page) {
        return Pages.csvWanted(headers) ? Pages.csv(page.map(ExportRows.CitedByRow::of), ExportRows.CitedByRow.class, uri)
                : Pages.ok(page, uri);
    }
}
