package org.unref.charter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CharterItem", description = "A lettered item of the Charter, under a paragraph (13(1)(a)) or directly under an article (55(a)).")
public record CharterItemDto(
        @Schema(examples = "art-55-a") String id,
        @Schema(description = "The item's letter.", examples = "a") String letter,
        @Schema(examples = "Article 55(a)") String label,
        @Schema(description = "The Charter's wording, word for word.",
                examples = "higher standards of living, full employment, and conditions of economic and social progress and development;") String text,
        @Schema(examples = "/api/v1/charter/articles/55/paragraphs/a") String link) {
}
