package org.unref.resolution;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;

/** A resolution's full text, paragraph by paragraph. */
@Schema(name = "ResolutionText", description = "The text of a resolution in reading order, each paragraph addressable by its id. From the UN's AKN4UN file (acknowledging the United Nations as the source).")
public record ResolutionTextDto(
        Ref resolution,
        @Schema(description = "Sponsors of the draft, as the file names them.", examples = "[\"Brazil\", \"Switzerland\"]") List<String> sponsors,
        List<ParagraphDto> paragraphs,
        @Schema(description = "Where the text comes from.") List<Source> sources,
        @Schema(examples = "{\"self\": \"/api/v1/resolutions/s-res-2672-2023/text\", \"resolution\": \"/api/v1/resolutions/s-res-2672-2023\"}") Map<String, String> links) {
}
