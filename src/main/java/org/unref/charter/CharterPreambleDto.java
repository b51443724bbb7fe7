package org.unref.charter;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Source;

@Schema(name = "CharterPreamble", description = "The preamble of the Charter, word for word.")
public record CharterPreambleDto(
        @Schema(examples = "preamble") String id,
        @Schema(description = "The whole preamble, one line of the Charter a line.") String text,
        @Schema(description = "The preamble's lines in order.", examples = "[\"WE THE PEOPLES OF THE UNITED NATIONS DETERMINED\"]") List<String> paragraphs,
        List<Source> sources,
        @Schema(examples = "{\"self\": \"/api/v1/charter/preamble\", \"charter\": \"/api/v1/charter\"}") Map<String, String> links) {
}
