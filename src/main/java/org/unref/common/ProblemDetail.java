package org.unref.common;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem: what every error answers with, as {@code application/problem+json}. */
@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        @Schema(description = "A URI reference naming the kind of problem.", examples = "/problems/not-found") String type,
        @Schema(description = "A short summary of the kind of problem.", examples = "Not Found") String title,
        @Schema(description = "The HTTP status code.", examples = "404") int status,
        @Schema(description = "What went wrong with this request, in plain words.", examples = "No resolution has the id 's-res-99999-2015'.") String detail,
        @Schema(description = "The request path this problem is about.", examples = "/api/v1/resolutions/s-res-99999-2015") String instance,
        @Schema(description = "The parameters or fields at fault, one entry each.") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError", description = "One parameter or field that was not acceptable.")
    public record FieldError(
            @Schema(description = "The parameter or field name.", examples = "limit") String name,
            @Schema(description = "Why it was refused.", examples = "limit must be between 1 and 200") String message) {
    }
}
