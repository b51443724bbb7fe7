package org.unref.charter;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CharterParagraph", description = "A numbered paragraph of a Charter article, with its lettered items if it has any.")
public record CharterParagraphDto(
        @Schema(examples = "art-27-3") String id,
        @Schema(description = "The paragraph's number within its article.", examples = "3") int number,
        @Schema(examples = "Article 27(3)") String label,
        @Schema(description = "The Charter's wording, word for word.") String text,
        @Schema(description = "Lettered items of the paragraph, as in Article 13(1)(a) and (b).") List<CharterItemDto> items,
        @Schema(examples = "/api/v1/charter/articles/27/paragraphs/3") String link) {
}
