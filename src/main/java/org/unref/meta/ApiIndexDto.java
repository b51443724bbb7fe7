package org.unref.meta;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's entry point: where each collection and tool is. */
@Schema(name = "ApiIndex")
public record ApiIndexDto(
        @Schema(description = "The service's name.", examples = "unref") String name,
        @Schema(description = "The version of the API these paths belong to.", examples = "v1") String version,
        @Schema(description = "Each collection and tool by name, as a path (a `{name}` in it is a parameter to fill in).")
        Map<String, String> links) {
}
