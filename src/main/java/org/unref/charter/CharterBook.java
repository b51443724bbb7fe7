package org.unref.charter;

import java.util.Map;
import java.util.Optional;

/** Every answer about the Charter, built once from the database: it is small and never changes between seeds. */
record CharterBook(CharterDto contents, CharterPreambleDto preamble, Map<String, CharterChapterDto> chapters,
        Map<Integer, CharterArticleDto> articles, Map<String, CharterProvisionDto> provisions) {

    Optional<CharterChapterDto> chapter(String numeral) {
        return Optional.ofNullable(chapters.get(numeral));
    }

    Optional<CharterArticleDto> article(int number) {
        return Optional.ofNullable(articles.get(number));
    }

    Optional<CharterProvisionDto> provision(String id) {
        return Optional.ofNullable(provisions.get(id));
    }
}
