package org.unref.charter;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;

@Schema(name = "CharterProvision", description = "Any citable part of the Charter by its id: an article, a paragraph, a lettered item, or the preamble.")
public record CharterProvisionDto(
        @Schema(examples = "art-27-3") String id,
        @Schema(enumeration = { "article", "paragraph", "item", "preamble" }, examples = "paragraph") String kind,
        @Schema(examples = "Article 27(3)") String label,
        @Schema(description = "The article's number; null for the preamble.", nullable = true, examples = "27") Integer article,
        @Schema(description = "The paragraph's number, for a paragraph and an item under a paragraph.", nullable = true, examples = "3") Integer paragraph,
        @Schema(description = "The item's letter, for an item.", nullable = true, examples = "a") String item,
        @Schema(description = "The Charter's wording, word for word; for an article or the preamble, the whole of it, one paragraph a line.",
                examples = "Decisions of the Security Council on all other matters shall be made by an affirmative vote of nine members including the concurring votes of the permanent members; provided that, in decisions under Chapter VI, and under paragraph 3 of Article 52, a party to a dispute shall abstain from voting.") String text,
        @Schema(description = "The lettered items of a paragraph that has them.") List<CharterItemDto> items,
        @Schema(description = "The chapter; null for the preamble.", nullable = true) Ref chapter,
        List<Source> sources,
        @Schema(description = "Notes on the article's text, in unref's words.") List<String> notes,
        @Schema(description = "self, article, paragraph (for an item under a paragraph), chapter and charter.",
                examples = "{\"self\": \"/api/v1/charter/articles/27/paragraphs/3\", \"article\": \"/api/v1/charter/articles/27\", \"chapter\": \"/api/v1/charter/chapters/V\"}") Map<String, String> links) {
}
