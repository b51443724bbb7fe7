package org.unref.resolution;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One paragraph of a resolution's text as the API shows it. */
@Schema(name = "Paragraph", description = "A paragraph of a resolution: preamble (pp-N), operative (op-N), sub-paragraph (op-N-a, op-N-a-i) or a heading between operative paragraphs (h-N).")
public record ParagraphDto(
        @Schema(description = "Id within the resolution, from its kind and number.", examples = "op-3") String id,
        @Schema(description = "The element's id in the UN's AKN file.", nullable = true, examples = "para_13") String eId,
        @Schema(enumeration = { "preamble", "operative", "sub", "heading" }, examples = "operative") String kind,
        @Schema(description = "The number as printed, without punctuation (operative 3, sub-paragraph a); null in the preamble.", nullable = true, examples = "3") String number,
        @Schema(description = "The paragraph this one belongs to (a sub-paragraph's operative paragraph).", nullable = true, examples = "op-2") String parentId,
        @Schema(description = "The words of the paragraph, white space collapsed.", examples = "Calls upon all Member States to respond with practical steps to address the urgent needs of the Syrian people;") String text,
        @Schema(description = "Documents the UN's file links to in this paragraph, with their place in the text.") List<ParagraphLink> documentLinks,
        @Schema(description = "Paths: self and the whole text.", examples = "{\"self\": \"/api/v1/resolutions/s-res-2672-2023/text/paragraphs/op-3\", \"text\": \"/api/v1/resolutions/s-res-2672-2023/text\"}") Map<String, String> links) {
}
