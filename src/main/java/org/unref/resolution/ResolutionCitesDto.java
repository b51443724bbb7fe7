package org.unref.resolution;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;

/** What a resolution cites, in text order. */
@Schema(name = "ResolutionCites", description = "Everything a resolution's stored text cites, in text order.")
public record ResolutionCitesDto(
        Ref resolution,
        List<ResolutionCitationDto> items,
        @Schema(examples = "{\"self\": \"/api/v1/resolutions/s-res-2672-2023/cites\", \"text\": \"/api/v1/resolutions/s-res-2672-2023/text\"}") Map<String, String> links) {
}
