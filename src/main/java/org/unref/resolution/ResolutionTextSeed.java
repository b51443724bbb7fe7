package org.unref.resolution;

import java.util.List;

import org.unref.common.Source;

/** One line of seed/resolution_texts.jsonl: a resolution's text, from the UN's AKN4UN file (docs/seed-format.md). */
public record ResolutionTextSeed(String symbol, List<String> sponsors, List<Source> sources, List<TextParagraph> paragraphs) {
}
