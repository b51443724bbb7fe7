package org.unref.charter;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads of the Charter. The Charter is small and read-only, so its answers are built once from the
 * database and kept; the seeder drops them when it changes the rows.
 */
@ApplicationScoped
public class CharterService {

    /** An article number as citations write it: no sign, no leading zero. */
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[1-9][0-9]{0,2}");

    @Inject
    CharterRepository repository;

    private volatile CharterBook book;

    public CharterDto contents() {
        return book().contents();
    }

    public CharterPreambleDto preamble() {
        return book().preamble();
    }

    public CharterChapterDto chapter(String numeral) {
        return book().chapter(numeral.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownCharterProvisionException("Charter chapter", numeral));
    }

    public CharterArticleDto article(String number) {
        return (ARTICLE_NUMBER.matcher(number).matches() ? book().article(Integer.parseInt(number))
                : java.util.Optional.<CharterArticleDto>empty())
                .orElseThrow(() -> new UnknownCharterProvisionException("Charter article", number));
    }

    /** A paragraph ({@code 3}) or lettered item ({@code a}, {@code 1-a}) of an article. */
    public CharterProvisionDto paragraph(String number, String paragraph) {
        CharterArticleDto article = article(number);
        return book().provision(article.id() + "-" + paragraph.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownCharterProvisionException("paragraph or item of " + article.label(), paragraph));
    }

    /** Any Charter id: {@code art-27}, {@code art-27-3}, {@code art-55-a}, {@code art-13-1-a}, {@code preamble}. */
    public CharterProvisionDto provision(String id) {
        return book().provision(id.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownCharterProvisionException("Charter provision", id));
    }

    void forget() {
        book = null;
    }

    private CharterBook book() {
        CharterBook current = book;
        if (current == null) {
            current = CharterMapper.toBook(repository.listChapters(), repository.listArticles(), repository.listProvisions());
            book = current;
        }
        return current;
    }
}
