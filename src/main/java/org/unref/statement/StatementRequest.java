package org.unref.statement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a statement. */
@Schema(name = "StatementRequest", description = "A statement to store; its citations are found and stored with it.")
public record StatementRequest(
        @NotBlank(message = "title is required")
        @Size(max = 500, message = "title must be at most 500 characters")
        @Schema(required = true, maxLength = 500, examples = "Coalition urges the Council to refrain from the veto") String title,
        @Size(max = 300, message = "authorOrganization must be at most 300 characters")
        @Schema(nullable = true, maxLength = 300, examples = "Syrian Opposition Coalition") String authorOrganization,
        @Size(max = 300, message = "speaker must be at most 300 characters")
        @Schema(nullable = true, maxLength = 300, examples = "Hadi al-Bahra") String speaker,
        @NotNull(message = "date is required, written YYYY-MM-DD")
        @PastOrPresent(message = "date must not be in the future")
        @Schema(required = true, description = "When the statement was made or published (YYYY-MM-DD).", examples = "2024-02-20") LocalDate date,
        @NotNull(message = "kind is required: press-release, speech, letter or report")
        @Pattern(regexp = "^(press-release|speech|letter|report)$", message = "kind must be press-release, speech, letter or report")
        @Schema(required = true, enumeration = { "press-release", "speech", "letter", "report" }, examples = "press-release") String kind,
        @Size(max = 35, message = "language must be at most 35 characters")
        @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "language must be a language tag such as en, fr or es-419")
        @Schema(nullable = true, description = "BCP 47 language tag.", examples = "en") String language,
        @Size(max = 2000, message = "sourceUrl must be at most 2000 characters")
        @Pattern(regexp = "^https?://[^\\s]+$", message = "sourceUrl must be an http or https address")
        @Schema(nullable = true, description = "Where the statement was published; two statements cannot share one.",
                examples = "https://example.org/press/2024-02-20") String sourceUrl,
        @NotBlank(message = "text is required and must not be empty")
        @Schema(required = true, description = "The full text, up to 1 MB of UTF-8.",
                examples = "The Coalition recalls resolution 2254 (2015) and Article 27(3) of the Charter.") String text) {
}
