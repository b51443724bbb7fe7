package org.unref.charter;

import java.util.Map;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.unref.common.CachedReads;
import org.unref.common.ProblemDetail;
import org.unref.common.ReferenceData;
import org.unref.common.Representations;

@Path("/api/v1/charter")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charter")
@ReferenceData
@CachedReads
public class CharterResource {

    private static final String LINKED = " With `Accept: application/ld+json`, the same text as JSON-LD: a schema.org "
            + "Legislation node with the wording word for word (text), the part it belongs to (isPartOf) and its own parts "
            + "(hasPart).";

    private final CharterService service;

    public CharterResource(CharterService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getCharter", summary = "Get the Charter's table of contents",
            description = "The Charter of the United Nations at a glance: a link to the preamble and the 19 chapters, each "
                    + "with its numeral, title, first and last article and the links to every one of its articles. "
                    + "The whole table comes in one answer.")
    @APIResponse(responseCode = "200", description = "The table of contents.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterDto.class)))
    public CharterDto contents() {
        return service.contents();
    }

    @GET
    @Path("/preamble")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getCharterPreamble", summary = "Get the preamble",
            description = "The preamble of the Charter (\"WE THE PEOPLES OF THE UNITED NATIONS ...\"), word for word "
                    + "as the United Nations publishes it, line by line." + LINKED)
    @APIResponse(responseCode = "200", description = "The preamble.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterPreambleDto.class)),
                    @Content(mediaType = Representations.JSON_LD) })
    public RestResponse<CharterPreambleDto> preamble(@Context HttpHeaders headers) {
        CharterPreambleDto preamble = service.preamble();
        return linked(headers) ? Representations.other(CharterJsonLd.of(preamble), Representations.JSON_LD_TYPE)
                : Representations.json(preamble);
    }

    @GET
    @Path("/chapters/{numeral}")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getCharterChapter", summary = "Get a chapter of the Charter",
            description = "One of the 19 chapters by its Roman numeral (I to XIX, in any case: vii works), with the full "
                    + "text of each of its articles. Chapter VII is \"Action with Respect to Threats to the Peace, Breaches "
                    + "of the Peace, and Acts of Aggression\"." + LINKED)
    @APIResponse(responseCode = "200", description = "The chapter with its articles.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterChapterDto.class)),
                    @Content(mediaType = Representations.JSON_LD) })
    @APIResponse(responseCode = "404", description = "No chapter answers to that.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\": \"/problems/not-found\", \"title\": \"Not Found\", "
                            + "\"status\": 404, \"detail\": \"No Charter chapter has the id 'XX'.\", \"instance\": \"/api/v1/charter/chapters/XX\"}")))
    @APIResponse(responseCode = "400", description = "The path parameter is too long.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public RestResponse<CharterChapterDto> chapter(
            @RestPath @Size(max = 10, message = "numeral must be a Roman numeral from I to XIX")
            @Parameter(description = "The chapter's Roman numeral, I to XIX.", example = "VII") String numeral,
            @Context HttpHeaders headers) {
        CharterChapterDto chapter = service.chapter(numeral);
        return linked(headers) ? Representations.other(CharterJsonLd.of(chapter), Representations.JSON_LD_TYPE)
                : Representations.json(chapter);
    }

    @GET
    @Path("/articles/{n}")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getCharterArticle", summary = "Get an article of the Charter",
            description = "One of the 111 articles by its number, word for word: the whole text, its numbered paragraphs "
                    + "and lettered items each with its own id and link, the chapter it belongs to and links to the "
                    + "articles before and after it. Article 27 sets out voting in the Security Council." + LINKED)
    @APIResponse(responseCode = "200", description = "The article.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterArticleDto.class)),
                    @Content(mediaType = Representations.JSON_LD) })
    @APIResponse(responseCode = "404", description = "No article answers to that.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\": \"/problems/not-found\", \"title\": \"Not Found\", "
                            + "\"status\": 404, \"detail\": \"No Charter article has the id '112'.\", \"instance\": \"/api/v1/charter/articles/112\"}")))
    @APIResponse(responseCode = "400", description = "The path parameter is too long.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public RestResponse<CharterArticleDto> article(
            @RestPath @Size(max = 10, message = "n must be an article number from 1 to 111")
            @Parameter(description = "The article's number, 1 to 111.", example = "27") String n,
            @Context HttpHeaders headers) {
        CharterArticleDto article = service.article(n);
        return linked(headers) ? Representations.other(CharterJsonLd.of(article), Representations.JSON_LD_TYPE)
                : Representations.json(article);
    }

    @GET
    @Path("/articles/{n}/paragraphs/{p}")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getCharterParagraph", summary = "Get a paragraph or lettered item of an article",
            description = "A numbered paragraph (Article 27, paragraph 3: n=27, p=3), a lettered item directly under an "
                    + "article (Article 55(a): n=55, p=a) or a lettered item of a paragraph (Article 13(1)(a): n=13, p=1-a), "
                    + "word for word, with links to its article and chapter." + LINKED)
    @APIResponse(responseCode = "200", description = "The paragraph or item.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterProvisionDto.class)),
                    @Content(mediaType = Representations.JSON_LD) })
    @APIResponse(responseCode = "404", description = "No article, paragraph or item answers to that.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\": \"/problems/not-found\", \"title\": \"Not Found\", "
                            + "\"status\": 404, \"detail\": \"No paragraph or item of Article 27 has the id '4'.\", \"instance\": \"/api/v1/charter/articles/27/paragraphs/4\"}")))
    @APIResponse(responseCode = "400", description = "The path parameter is too long.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public RestResponse<CharterProvisionDto> paragraph(
            @RestPath @Size(max = 10, message = "n must be an article number from 1 to 111")
            @Parameter(description = "The article's number, 1 to 111.", example = "27") String n,
            @RestPath @Size(max = 10, message = "p must be a paragraph number, an item letter, or both joined by -")
            @Parameter(description = "The paragraph number (3), item letter (a) or paragraph and letter (1-a).", example = "3") String p,
            @Context HttpHeaders headers) {
        CharterProvisionDto paragraph = service.paragraph(n, p);
        return linked(headers) ? Representations.other(CharterJsonLd.of(paragraph), Representations.JSON_LD_TYPE)
                : Representations.json(paragraph);
    }

    @GET
    @Path("/provisions/{id}")
    @Produces({ MediaType.APPLICATION_JSON, Representations.JSON_LD })
    @Operation(operationId = "getCharterProvision", summary = "Get any part of the Charter by its id",
            description = "Looks up a Charter id as unref writes it: art-27 (an article), art-27-3 (paragraph 3 of Article "
                    + "27), art-55-a (item a of Article 55), art-13-1-a (item a of paragraph 1 of Article 13) or preamble. "
                    + "Handy to follow the Charter provisions that resolutions and citations point to." + LINKED)
    @APIResponse(responseCode = "200", description = "The provision.",
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CharterProvisionDto.class)),
                    @Content(mediaType = Representations.JSON_LD) })
    @APIResponse(responseCode = "404", description = "No Charter provision answers to that.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "unknown", value = "{\"type\": \"/problems/not-found\", \"title\": \"Not Found\", "
                            + "\"status\": 404, \"detail\": \"No Charter provision has the id 'art-27-4'.\", \"instance\": \"/api/v1/charter/provisions/art-27-4\"}")))
    @APIResponse(responseCode = "400", description = "The path parameter is too long.",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class)))
    public RestResponse<CharterProvisionDto> provision(
            @RestPath @Size(max = 30, message = "id must be at most 30 characters")
            @Parameter(description = "A Charter id.", example = "art-27-3") String id,
            @Context HttpHeaders headers) {
        CharterProvisionDto provision = service.provision(id);
        if (!linked(headers)) {
            return Representations.json(provision);
        }
        // The same node whichever address it is read at: an article and the preamble as their own operations give them.
        Map<String, Object> node = switch (provision.kind()) {
            case "article" -> CharterJsonLd.of(service.article(String.valueOf(provision.article())));
            case "preamble" -> CharterJsonLd.of(service.preamble());
            default -> CharterJsonLd.of(provision);
        };
        return Representations.other(node, Representations.JSON_LD_TYPE);
    }

    private static boolean linked(HttpHeaders headers) {
        return Representations.wants(headers, Representations.JSON_LD, MediaType.APPLICATION_JSON, Representations.JSON_LD);
    }
}
