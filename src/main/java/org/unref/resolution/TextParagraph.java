package org.unref.resolution;

import java.util.List;

/**
 * A paragraph of a resolution's text as importers and the seed give it (docs/seed-format.md,
 * resolution_texts.jsonl): id "op-3", the AKN eId, kind preamble|operative|sub|heading, number, parent id, text
 * and the links the UN's file marks in it.
 */
public record TextParagraph(String id, String eId, String kind, String number, String parentId, String text,
        List<ParagraphLink> links) {

    public TextParagraph {
        links = links == null ? List.of() : List.copyOf(links);
    }

    static TextParagraph of(ResolutionParagraph p) {
        return new TextParagraph(p.paragraphId, p.eId, p.kind, p.number, p.parentId, p.text, p.links);
    }
}
