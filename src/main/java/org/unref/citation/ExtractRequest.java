package org.unref.citation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractRequest", description = "A text to find citations in.")
public record ExtractRequest(
        @Schema(description = "The text, up to 1 MB in UTF-8.", required = true,
                examples = "The Council recalled resolution 2254 (2015) and Article 27(3) of the Charter.") String text) {
}
