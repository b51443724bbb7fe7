package org.unref.citation;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.ListsStatements;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Representations;

/**
 * Who cites the Charter's articles, paragraphs and chapters. Its own class beside the feature's resource (same path prefix), because JAX-RS picks the class
 * by its path first. Its answers are cached until a statement is written, replaced or deleted ({@link ListsStatements}).
 */
@ListsStatements
@Path("/api/v1/charter")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citations")
@CachedReads
public class CharterCitedByResource {

    private static final String LIST = CitedByService.LIST;

    @Inject
    CitedByService service;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Path("/articles/{n}/cited-by")
    @Operation(operationId = "listArticleCitedBy", summary = "Who cites a Charter article",
            description = LIST + " Citations of the article's paragraphs and items count too.")
    public RestResponse<Page<CitedByDto>> article(
            @RestPath @Size(max = 10, message = "n must be an article number, 1 to 111")
            @Parameter(description = "The article number.", example = "27") String n,
            @Valid @BeanParam CitedBySince since, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return CitedByPages.answer(headers, uri, service.citedBy(service.charter("art-" + n, "Charter article", n), true, since, page));
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Path("/articles/{n}/paragraphs/{p}/cited-by")
    @Operation(operationId = "listParagraphCitedBy", summary = "Who cites a paragraph of a Charter article",
            description = LIST + " Citations of the paragraph's items count too.")
    public RestResponse<Page<CitedByDto>> paragraph(
            @RestPath @Size(max = 10, message = "n must be an article number, 1 to 111")
            @Parameter(description = "The article number.", example = "27") String n,
            @RestPath @Size(max = 10, message = "p must be a paragraph number or item letter")
            @Parameter(description = "The paragraph number (or item letter).", example = "3") String p,
            @Valid @BeanParam CitedBySince since, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String id = "art-" + n + "-" + p.toLowerCase(Locale.ROOT);
        return CitedByPages.answer(headers, uri,
                service.citedBy(service.charter(id, "paragraph or item of a Charter article", n + "/" + p), true, since, page));
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Path("/chapters/{numeral}/cited-by")
    @Operation(operationId = "listChapterCitedBy", summary = "Who cites a Charter chapter",
            description = LIST + " Only citations of the chapter as such (\"Chapter VII\"); its articles have their own lists.")
    public RestResponse<Page<CitedByDto>> chapter(
            @RestPath @Size(max = 10, message = "numeral must be a Roman numeral, I to XIX")
            @Parameter(description = "The chapter's Roman numeral.", example = "VII") String numeral,
            @Valid @BeanParam CitedBySince since, @Valid @BeanParam PageRequest page, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        return CitedByPages.answer(headers, uri, service.citedBy(
                service.charter("chapter-" + numeral.toLowerCase(Locale.ROOT), "Charter chapter", numeral), false, since, page));
    }
}
