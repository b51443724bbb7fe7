package org.unref.resolution;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.unref.common.CachedReads;
import org.unref.common.ReferenceData;

@Path("/api/v1/resolutions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resolutions")
@ReferenceData
@CachedReads
public class ResolutionTextResource {

    private final ResolutionTextService service;

    public ResolutionTextResource(ResolutionTextService service) {
        this.service = service;
    }

    @GET
    @Path("/text")
    @Operation(operationId = "getResolutionText", summary = "Get the text of a resolution",
            description = "The full text of a resolution in reading order: preamble paragraphs (pp-1, pp-2 ...), operative "
                    + "paragraphs (op-1 ...), their sub-paragraphs (op-2-a, op-2-a-i) and headings (h-1). Each paragraph has "
                    + "its id, number, kind, words and the documents the UN's file links to. Texts come from the UN's AKN4UN "
                    + "files (Security Council resolutions from 2020); other resolutions answer 404.")
    public ResolutionTextDto text(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the resolution's symbol.", example = "s-res-2672-2023") String id) {
        return service.text(id);
    }

    @GET
    @Path("/text/paragraphs/{pid}")
    @Operation(operationId = "getResolutionParagraph", summary = "Get one paragraph of a resolution",
            description = "One paragraph of a resolution by its id: op-3 is operative paragraph 3, pp-2 the second "
                    + "preamble paragraph, op-2-a sub-paragraph (a) of operative paragraph 2.")
    public ParagraphDto paragraph(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the resolution's symbol.", example = "s-res-2672-2023") String id,
            @RestPath @Pattern(regexp = "^[a-z0-9-]{1,60}$", message = "pid must be a paragraph id such as op-3 or pp-2")
            @Parameter(description = "The paragraph's id.", example = "op-3") String pid) {
        return service.paragraph(id, pid);
    }

    @GET
    @Path("/votes")
    @Operation(operationId = "getResolutionVotes", summary = "Get how each member voted on a resolution",
            description = "The vote on a resolution: its counts and, where a source names the voters (the UN's AKN files, "
                    + "2020 onwards), each member's vote with its name and ISO code. For a resolution whose voters are not "
                    + "known the answer is still 200, with the counts, an empty member list and membersKnown false.")
    public ResolutionVotesDto votes(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the resolution's symbol.", example = "s-res-2672-2023") String id) {
        return service.votes(id);
    }

    @GET
    @Path("/cites")
    @Operation(operationId = "getResolutionCites", summary = "List what a resolution cites",
            description = "The documents and Charter provisions a resolution's text cites, in text order, each with the "
                    + "paragraph it stands in: every link the UN's file marks (resolutions, meeting records, letters and "
                    + "reports) and every Charter article or chapter the words name. status says whether unref holds the "
                    + "cited record. Empty for a resolution whose text is not stored.")
    public ResolutionCitesDto cites(
            @RestPath @Size(max = 100, message = "id must be at most 100 characters")
            @Parameter(description = "The slug of the resolution's symbol.", example = "s-res-2672-2023") String id) {
        return service.cites(id);
    }
}
