package org.unref.charter;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;

@Schema(name = "CharterArticle", description = "An article of the Charter of the United Nations, word for word, with its paragraphs and items.")
public record CharterArticleDto(
        @Schema(examples = "art-27") String id,
        @Schema(examples = "27") int number,
        @Schema(examples = "Article 27") String label,
        @Schema(description = "The chapter the article belongs to.") Ref chapter,
        @Schema(description = "The heading within the chapter (chapters IV, V, X and XIII).", nullable = true, examples = "Voting") String section,
        @Schema(description = "The whole article, each paragraph and item on its own line, without numbers or letters.") String text,
        @Schema(description = "The words before the numbered paragraphs or lettered items (Articles 1, 2, 55, 73, 76 and 87).",
                nullable = true, examples = "The Purposes of the United Nations are:") String introduction,
        @Schema(description = "The numbered paragraphs; empty for an article of one unnumbered paragraph.") List<CharterParagraphDto> paragraphs,
        @Schema(description = "Lettered items directly under the article (Articles 55, 73, 76 and 87).") List<CharterItemDto> items,
        @Schema(description = "The closing formula after Article 111; null elsewhere.", nullable = true) String closing,
        List<Source> sources,
        @Schema(description = "Notes on the text, in unref's words.") List<String> notes,
        @Schema(description = "self, chapter, charter, and previous and next article where there is one.",
                examples = "{\"self\": \"/api/v1/charter/articles/27\", \"chapter\": \"/api/v1/charter/chapters/V\", \"previous\": \"/api/v1/charter/articles/26\", \"next\": \"/api/v1/charter/articles/28\"}") Map<String, String> links) {
}
