package org.unref.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.citation.StoredCitationDto;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Statement", description = "A stored statement and, when fetched one by one, the citations found in it.")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StatementDto(
        @Schema(description = "Server-assigned id.", examples = "42") String id,
        @Schema(examples = "Coalition urges the Council to refrain from the veto") String title,
        @Schema(nullable = true) String authorOrganization,
        @Schema(nullable = true) String speaker,
        @Schema(examples = "2024-02-20") LocalDate date,
        @Schema(enumeration = { "press-release", "speech", "letter", "report" }) String kind,
        @Schema(nullable = true, examples = "en") String language,
        @Schema(nullable = true) String sourceUrl,
        @Schema(description = "The full text; left out of lists.", nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) String text,
        @Schema(description = "How many citations were found in the text.") int citationCount,
        @Schema(description = "The citations in text order; left out of lists.", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<StoredCitationDto> citations,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "self and cites.", examples = "{\"self\": \"/api/v1/statements/42\", \"cites\": \"/api/v1/statements/42/cites\"}")
        Map<String, String> links) {
}
