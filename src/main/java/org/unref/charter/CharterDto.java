package org.unref.charter;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;

@Schema(name = "Charter", description = "The table of contents of the Charter of the United Nations: the preamble and the 19 chapters with their articles.")
public record CharterDto(
        @Schema(examples = "Charter of the United Nations") String title,
        Ref preamble,
        List<Chapter> chapters,
        List<Source> sources,
        @Schema(examples = "{\"self\": \"/api/v1/charter\", \"preamble\": \"/api/v1/charter/preamble\"}") Map<String, String> links) {

    @Schema(name = "CharterContentsChapter", description = "A chapter in the table of contents.")
    public record Chapter(
            @Schema(examples = "V") String numeral,
            @Schema(examples = "The Security Council") String title,
            @Schema(examples = "23") int firstArticle,
            @Schema(examples = "32") int lastArticle,
            List<Article> articles,
            @Schema(examples = "/api/v1/charter/chapters/V") String link) {
    }

    @Schema(name = "CharterContentsArticle", description = "An article in the table of contents.")
    public record Article(
            @Schema(examples = "art-27") String id,
            @Schema(examples = "27") int number,
            @Schema(examples = "/api/v1/charter/articles/27") String link) {
    }
}
