package org.unref.charter;

import java.util.List;

import org.unref.common.Source;

/** One line of seed/charter.jsonl: the preamble or a chapter with its articles (docs/seed-format.md). */
public record CharterSeed(String part, String numeral, String title, List<String> paragraphs, List<Article> articles,
        List<Source> sources) {

    public record Article(int number, String section, String introduction, String text, List<Paragraph> paragraphs,
            List<Item> items, String closing, List<String> notes) {
    }

    public record Paragraph(int number, String text, List<Item> items) {
    }

    public record Item(String letter, String text) {
    }
}
