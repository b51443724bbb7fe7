package org.unref.charter;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Source;

@Schema(name = "CharterChapter", description = "A chapter of the Charter with the full text of its articles.")
public record CharterChapterDto(
        @Schema(description = "The chapter's Roman numeral.", examples = "V") String numeral,
        @Schema(examples = "The Security Council") String title,
        @Schema(examples = "Chapter V: The Security Council") String label,
        @Schema(examples = "23") int firstArticle,
        @Schema(examples = "32") int lastArticle,
        List<CharterArticleDto> articles,
        List<Source> sources,
        @Schema(description = "self, charter, and previous and next chapter where there is one.",
                examples = "{\"self\": \"/api/v1/charter/chapters/V\", \"charter\": \"/api/v1/charter\"}") Map<String, String> links) {
}
