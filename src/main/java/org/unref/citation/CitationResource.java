package org.unref.citation;

import java.net.URI;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.unref.common.ProblemDetail;
import org.unref.common.ProblemException;
import org.unref.common.RequiresRole;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Citations")
public class CitationResource {

    private final CitationService service;

    public CitationResource(CitationService service) {
        this.service = service;
    }

    @POST
    @Path("/citations/extract")
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON })
    @Operation(operationId = "extractCitations", summary = "Find the UN references in a text",
            description = "Paste a press release, a speech or a letter (as plain UTF-8 text, or as JSON {\"text\": \"...\"}); "
                    + "the answer lists every resolution, Charter provision, draft, meeting record and emergency special "
                    + "session it cites, with character offsets, the normalized reference and whether unref holds the "
                    + "record (found with its link, ambiguous with candidates, or unknown). Nothing is stored. Up to 1 MB.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, maxLength = TextBodies.MAX_BYTES),
                    examples = @ExampleObject(name = "press release", value = "The Council recalled resolution 2254 (2015) and "
                            + "the veto under Article 27(3) of the Charter.")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractRequest.class)) })
    @APIResponse(responseCode = "200", description = "The citations in text order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CitationDto.class)))
    @APIResponse(responseCode = "413", description = "The text is longer than 1 MB.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The body is neither text/plain nor application/json.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<CitationDto> extract(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        boolean json = contentType != null && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        String text = json ? service.textOfJson(body) : TextBodies.decode(body, "text");
        return service.extract(text);
    }

    @GET
    @Path("/resolve")
    @Operation(operationId = "resolveReference", summary = "Look a reference up, however it is written",
            description = "Give a reference the way a text writes it (\"S/RES/2118(2013)\", \"resolution 2254 (2015)\", "
                    + "\"UNSCR 2254\", \"Article 27(3)\", \"377 (V)\", \"Uniting for Peace\", \"ES-11/1\", \"S/2022/155\") or an "
                    + "id unref uses (\"s-res-2254-2015\", \"art-27-3\"), and get the record's id, type, label and link. "
                    + "With redirect=true the answer is a 303 to the record. 300 lists the candidates when the reference "
                    + "fits several records (\"resolution 2254\" without a year, when two bodies used the number); 404 "
                    + "when unref holds no such record.")
    @APIResponse(responseCode = "200", description = "The record the reference points at.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CitationTarget.class)))
    @APIResponse(responseCode = "303", description = "With redirect=true: the record's path is in Location.")
    @APIResponse(responseCode = "300", description = "The reference fits several records; pick one.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Candidates.class)))
    @APIResponse(responseCode = "404", description = "unref holds no record this reference points at.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response resolve(
            @RestQuery @NotBlank(message = "cite is required: give a reference such as S/RES/2254 (2015)")
            @Size(max = 500, message = "cite must be at most 500 characters")
            @Parameter(description = "The reference, in any spelling.", required = true, example = "resolution 2254 (2015)") String cite,
            @RestQuery @Parameter(description = "true answers 303 See Other to the record instead of describing it.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String redirect) {
        if (redirect != null && !redirect.matches("true|false")) {
            throw ProblemException.invalidParameter("redirect", "redirect must be true or false");
        }
        ResolvedReference resolved = service.resolveCite(cite);
        if (resolved.isAmbiguous()) {
            return Response.status(300).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new Candidates(cite, resolved.candidates())).build();
        }
        if (!resolved.isFound()) {
            throw new ProblemException(404, "/problems/not-found", "Not Found",
                    "unref holds no record that '" + cite.strip() + "' points at.", null);
        }
        if ("true".equals(redirect)) {
            return Response.seeOther(URI.create(resolved.target().link())).build();
        }
        return Response.ok(resolved.target()).build();
    }

    @POST
    @Path("/citations/refresh-index")
    @RequiresRole(RequiresRole.ADMIN)
    @SecurityRequirement(name = "apiKey")
    @Operation(operationId = "refreshCitationIndex", summary = "Re-read the records citations resolve to",
            description = "The resolver keeps resolutions, vetoes and sessions in memory and re-reads them every five minutes; "
                    + "after an import, an admin can make it re-read them now. Needs the admin role.")
    @APIResponse(responseCode = "204", description = "The next resolution reads the database afresh.")
    public void refreshIndex() {
        service.refreshIndex();
    }

    @Schema(name = "Candidates", description = "The records an ambiguous reference may mean.")
    public record Candidates(@Schema(examples = "resolution 2254") String cite, List<CitationTarget> candidates) {
    }
}
