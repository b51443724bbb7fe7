package org.unref.resolution;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Params;
import org.unref.common.ProblemException;
import org.unref.common.ReferenceData;
import org.unref.common.Representations;
import org.unref.export.ExportRows;

@Path("/api/v1/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@ReferenceData
@CachedReads
public class ResolutionResource {

    private final ResolutionService service;

    public ResolutionResource(ResolutionService service) {
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @Operation(operationId = "listResolutions", summary = "List resolutions",
            description = "Security Council resolutions 1 to the end of 2023 and the General Assembly resolutions that Council "
                    + "procedure rests on (377 (V) \"Uniting for Peace\", 76/262 \"the veto initiative\", emergency special "
                    + "session resolutions), newest first. Filter by body, year, date range, words in the symbol, title or "
                    + "agenda item, UNBIS subject, Charter chapter and how the vote went. Pages are cursor-based: pass the "
                    + "`next` value as `cursor` to get the following page. With `Accept: text/csv`, the same page as CSV with "
                    + "the columns of /api/v1/export/resolutions (the next page in the `Link` header).")
    public RestResponse<Page<ResolutionDto>> list(
            @RestQuery @Pattern(regexp = "^([sS][cC]|[gG][aA])$", message = "body must be SC or GA")
            @Parameter(description = "SC for the Security Council, GA for the General Assembly.", example = "SC") String body,
            @RestQuery @Pattern(regexp = Params.YEAR_PATTERN, message = "year must be a four-digit year, e.g. 2015")
            @Parameter(description = "Year of adoption.", example = "2015") String year,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "from must be a date written YYYY-MM-DD")
            @Parameter(description = "Adopted on or after this date (YYYY-MM-DD).", example = "2015-01-01") String from,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "to must be a date written YYYY-MM-DD")
            @Parameter(description = "Adopted on or before this date (YYYY-MM-DD).", example = "2015-12-31") String to,
            @RestQuery @Size(max = 200, message = "q must be at most 200 characters")
            @Parameter(description = "Words to find in the symbol, title or agenda item (case-insensitive).", example = "Syria") String q,
            @RestQuery @Size(max = 300, message = "subject must be at most 300 characters")
            @Parameter(description = "A UNBIS subject term, exactly (case-insensitive).", example = "SANCTIONS") String subject,
            @RestQuery @Pattern(regexp = "^[IVXivx]{1,5}$", message = "chapter must be a Charter chapter in Roman numerals, I to XIX")
            @Parameter(description = "Resolutions resting on this Charter chapter (they say they act under it, or invoke one of its articles).",
                    example = "VII") String chapter,
            @RestQuery @Pattern(regexp = "^(unanimous|divided|without-vote)$", message = "vote must be unanimous, divided or without-vote")
            @Parameter(description = "unanimous (no vote against, no abstention), divided, or without-vote.", example = "divided") String vote,
            @RestQuery @Size(max = 40, message = "updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)")
            @Parameter(description = "Only records created or changed at or after this date (YYYY-MM-DD, midnight UTC) or "
                    + "instant (ISO 8601), for scripts that keep a copy in sync.", example = "2024-01-01") String updatedSince,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var from_ = Params.date("from", from);
        var to_ = Params.date("to", to);
        Params.ordered(from_, to_);
        var filter = new ResolutionFilter(body == null ? null : body.toUpperCase(Locale.ROOT), Params.year("year", year),
                from_, to_, Params.blankToNull(q), Params.blankToNull(subject), chapter(chapter), vote,
                Params.instant("updatedSince", updatedSince));
        if (Pages.csvWanted(headers)) {
            return Pages.csv(service.list(filter, page.after(), page.limit(), page.count(), ExportRows.ResolutionRow::of),
                    ExportRows.ResolutionRow.class, uri);
        }
        return Pages.ok(service.list(filter, page.after(), page.limit(), page.count()), uri);
    }

    private static String chapter(String numeral) {
        if (numeral == null) {
            return null;
        }
        String upper = numeral.toUpperCase(Locale.ROOT);
        if (!ResolutionRepository.isChapter(upper)) {
            throw ProblemException.invalidParameter("chapter", "chapter must be a Charter chapter in Roman numerals, I to XIX");
        }
        return upper;
    }

    @GET
    @Path("/{id}")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getResolution", summary = "Get a resolution",
            description = "One resolution by its id, the slug of its symbol: S/RES/2254 (2015) is s-res-2254-2015, "
                    + "A/RES/377(V) is a-res-377-v. Gives its date, meeting, vote, agenda item, subjects and sources. "
                    + "To look a resolution up by any spelling of its symbol, use /api/v1/resolve. With "
                    + "`Accept: application/ld+json`, the same record as JSON-LD: a schema.org Legislation with its symbol, "
                    + "date, the body that passed it, the UN's own addresses of it (sameAs) and, for the resolutions the UN "
                    + "publishes in AKN4UN (2504 to 2721), its Akoma Ntoso IRI as an identifier.")
    public RestResponse<ResolutionDto> get(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the resolution's symbol.", example = "s-res-2254-2015") String id,
            @Context HttpHeaders headers) {
        ResolutionDto resolution = service.get(id);
        return Representations.wants(headers, Representations.JSON_LD, MediaType.APPLICATION_JSON, Representations.JSON_LD)
                ? Representations.other(ResolutionJsonLd.of(resolution), Representations.JSON_LD_TYPE)
                : Representations.json(resolution);
    }
}
