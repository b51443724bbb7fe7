package org.unref.veto;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.Pages;
import org.unref.common.Params;
import org.unref.common.ProblemDetail;
import org.unref.common.ReferenceData;
import org.unref.common.Representations;
import org.unref.export.ExportRows;

@Path("/api/v1/vetoes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vetoes")
@ReferenceData
@CachedReads
public class VetoResource {

    private final VetoService service;

    public VetoResource(VetoService service) {
        this.service = service;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representations.CSV })
    @APIResponse(responseCode = "200", description = "One page of vetoes, newest first.")
    @APIResponse(responseCode = "400", description = "A parameter is not acceptable; `errors` names it.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(operationId = "listVetoes", summary = "List vetoes",
            description = "Drafts the Security Council did not adopt because a permanent member voted against them, from "
                    + "1946 to 2023, newest first: the Dag Hammarskjöld Library's veto list to 26 May 2022, then the UN's "
                    + "AKN4UN files for 2023 and two 2022 vetoes from secondary sources (see their notes). Filter by the "
                    + "member that vetoed (the USSR is SU, the Russian Federation RU), year, date range, and words in the "
                    + "agenda item or draft symbol. Pages are cursor-based: pass the `next` value as `cursor` to get the "
                    + "following page. With `Accept: text/csv`, the same page as CSV with "
                    + "the columns of /api/v1/export/vetoes (the next page in the `Link` header).")
    public RestResponse<Page<VetoDto>> list(
            @RestQuery @Size(max = 60, message = "member must be at most 60 characters")
            @Parameter(description = "The permanent member that vetoed: an ISO code (CN, FR, GB, RU, SU for the USSR, US) "
                    + "or a name (China, France, United Kingdom, UK, Russia, Russian Federation, USSR, Soviet Union, "
                    + "United States, USA), in any case.", example = "RU") String member,
            @RestQuery @Pattern(regexp = Params.YEAR_PATTERN, message = "year must be a four-digit year, e.g. 2015")
            @Parameter(description = "Year of the vote.", example = "2012") String year,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "from must be a date written YYYY-MM-DD")
            @Parameter(description = "Voted on or after this date (YYYY-MM-DD); a vote over several days counts when any of them is.",
                    example = "2011-01-01") String from,
            @RestQuery @Pattern(regexp = Params.DATE_PATTERN, message = "to must be a date written YYYY-MM-DD")
            @Parameter(description = "Voted on or before this date (YYYY-MM-DD).", example = "2022-12-31") String to,
            @RestQuery @Size(max = 200, message = "q must be at most 200 characters")
            @Parameter(description = "Words to find in the agenda item, draft symbol, meeting record, crisis or region "
                    + "(case-insensitive). The Council's agenda items file many Syria drafts under \"The situation in the "
                    + "Middle East\"; the crisis tag (from a cited secondary dataset) names Syria.", example = "Syria") String q,
            @RestQuery @Size(max = 40, message = "updatedSince must be a date (YYYY-MM-DD) or an instant (2024-01-31T12:00:00Z)")
            @Parameter(description = "Only records created or changed at or after this date (YYYY-MM-DD, midnight UTC) or "
                    + "instant (ISO 8601), for scripts that keep a copy in sync.", example = "2024-01-01") String updatedSince,
            @Valid @BeanParam PageRequest page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        var from_ = Params.date("from", from);
        var to_ = Params.date("to", to);
        Params.ordered(from_, to_);
        var filter = new VetoFilter(PermanentMembers.code("member", member), Params.year("year", year), from_, to_,
                Params.blankToNull(q), Params.instant("updatedSince", updatedSince));
        if (Pages.csvWanted(headers)) {
            return Pages.csv(service.list(filter, page.after(), page.limit(), page.count(), ExportRows.VetoRow::of),
                    ExportRows.VetoRow.class, uri);
        }
        return Pages.ok(service.list(filter, page.after(), page.limit(), page.count()), uri);
    }

    @GET
    @Path("/stats")
    @APIResponse(responseCode = "200", description = "The counts.")
    @APIResponse(responseCode = "400", description = "`by` is not member, year or decade.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(operationId = "getVetoStats", summary = "Count vetoes by member, year or decade",
            description = "How many drafts were vetoed, per permanent member, per year or per decade, with the total of "
                    + "vetoed drafts. By member, a draft vetoed by two members counts once for each, so the counts add up "
                    + "to more than the total. Each group links to the list of its vetoes. `from` and `through` are the dates "
                    + "of the oldest and the newest veto held: the counts cover that span, and nothing after it.")
    public VetoStatsDto stats(
            @RestQuery @DefaultValue("member") @Pattern(regexp = "member|year|decade", message = "by must be member, year or decade")
            @Parameter(description = "member, year or decade.", example = "member") String by) {
        return service.stats(VetoService.StatsBy.valueOf(by.toUpperCase(Locale.ROOT)));
    }

    @GET
    @Path("/{id}")
    @APIResponse(responseCode = "200", description = "The veto.")
    @APIResponse(responseCode = "404", description = "No veto has this id.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(operationId = "getVeto", summary = "Get a veto",
            description = "One vetoed draft by its id, the slug of the draft symbol: S/2019/961 is s-2019-961. Early "
                    + "vetoes whose draft has no symbol in the sources are named after the meeting record: s-pv-49-1 is "
                    + "the first at the 49th meeting. Gives the date, meeting, members that vetoed, the vote where known, "
                    + "the General Assembly's debate on the veto, and the Uniting for Peace referral or emergency special "
                    + "session it led to.")
    public VetoDto get(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the draft symbol, or of the meeting record with -1, -2, ...", example = "s-2019-961")
            String id) {
        return service.get(id);
    }
}
