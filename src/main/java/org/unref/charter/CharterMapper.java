package org.unref.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.unref.common.Links;
import org.unref.common.Ref;
import org.unref.common.Source;

/** Rows to API shapes, explicitly; builds every answer of the (small, read-only) Charter once. */
final class CharterMapper {

    static final String TITLE = "Charter of the United Nations";
    static final String PREAMBLE_ID = "preamble";
    static final String PREAMBLE_PATH = Links.API + "/charter/preamble";
    static final String CHARTER_PATH = Links.API + "/charter";

    private CharterMapper() {
    }

    static CharterBook toBook(List<CharterChapter> chapters, List<CharterArticle> articles, List<CharterProvision> texts) {
        Map<Integer, List<CharterProvision>> textsByArticle = texts.stream().filter(t -> t.article != null)
                .collect(Collectors.groupingBy(t -> t.article, LinkedHashMap::new, Collectors.toList()));
        Map<String, CharterChapter> chapterByNumeral = chapters.stream()
                .collect(Collectors.toMap(c -> c.numeral, Function.identity()));
        int last = articles.isEmpty() ? 0 : articles.get(articles.size() - 1).number;

        Map<Integer, CharterArticleDto> articleDtos = new LinkedHashMap<>();
        Map<String, CharterProvisionDto> provisions = new LinkedHashMap<>();
        for (CharterArticle article : articles) {
            CharterChapter chapter = chapterByNumeral.get(article.chapterNumeral);
            CharterArticleDto dto = article(article, chapter, textsByArticle.getOrDefault(article.number, List.of()), last);
            articleDtos.put(article.number, dto);
            provisions.putAll(provisions(dto));
        }

        List<CharterProvision> preambleTexts = texts.stream().filter(t -> t.kind == CharterProvision.Kind.PREAMBLE).toList();
        CharterPreambleDto preamble = preamble(preambleTexts);
        provisions.put(PREAMBLE_ID, new CharterProvisionDto(PREAMBLE_ID, "preamble", "Preamble", null, null, null,
                preamble.text(), List.of(), null, preamble.sources(), List.of(),
                links("self", PREAMBLE_PATH, "charter", CHARTER_PATH)));

        Map<String, CharterChapterDto> chapterDtos = new LinkedHashMap<>();
        List<CharterDto.Chapter> contents = new ArrayList<>();
        for (int i = 0; i < chapters.size(); i++) {
            CharterChapter chapter = chapters.get(i);
            List<CharterArticleDto> inChapter = articleDtos.values().stream()
                    .filter(a -> a.chapter().id().equals(chapter.numeral)).toList();
            int first = inChapter.isEmpty() ? 0 : inChapter.get(0).number();
            int lastInChapter = inChapter.isEmpty() ? 0 : inChapter.get(inChapter.size() - 1).number();
            Map<String, String> links = links("self", Links.chapter(chapter.numeral), "charter", CHARTER_PATH);
            if (i > 0) {
                links.put("previous", Links.chapter(chapters.get(i - 1).numeral));
            }
            if (i < chapters.size() - 1) {
                links.put("next", Links.chapter(chapters.get(i + 1).numeral));
            }
            chapterDtos.put(chapter.numeral, new CharterChapterDto(chapter.numeral, chapter.title, chapterLabel(chapter), first,
                    lastInChapter, inChapter, List.copyOf(chapter.sources), links));
            contents.add(new CharterDto.Chapter(chapter.numeral, chapter.title, first, lastInChapter,
                    inChapter.stream().map(a -> new CharterDto.Article(a.id(), a.number(), a.links().get("self"))).toList(),
                    Links.chapter(chapter.numeral)));
        }
        CharterDto contentsDto = new CharterDto(TITLE, new Ref(PREAMBLE_ID, "Preamble", PREAMBLE_PATH), contents,
                preamble.sources(), links("self", CHARTER_PATH, "preamble", PREAMBLE_PATH));
        return new CharterBook(contentsDto, preamble, chapterDtos, articleDtos, provisions);
    }

    private static CharterPreambleDto preamble(List<CharterProvision> lines) {
        List<String> paragraphs = lines.stream().map(t -> t.text).toList();
        List<Source> sources = lines.isEmpty() ? List.of() : List.copyOf(lines.get(0).sources);
        return new CharterPreambleDto(PREAMBLE_ID, String.join("\n", paragraphs), paragraphs, sources,
                links("self", PREAMBLE_PATH, "charter", CHARTER_PATH));
    }

    private static CharterArticleDto article(CharterArticle article, CharterChapter chapter, List<CharterProvision> texts,
            int lastArticle) {
        String id = "art-" + article.number;
        String introduction = null;
        String closing = null;
        List<String> lines = new ArrayList<>();
        List<CharterParagraphDto> paragraphs = new ArrayList<>();
        List<CharterItemDto> items = new ArrayList<>();
        List<Source> sources = texts.isEmpty() ? List.copyOf(chapter.sources) : List.copyOf(texts.get(0).sources);
        for (CharterProvision t : texts) {
            switch (t.kind) {
                case INTRODUCTION -> introduction = t.text;
                case TEXT -> {
                }
                case PARAGRAPH -> paragraphs.add(new CharterParagraphDto(t.id, t.paragraph, Links.charterLabel(t.id), t.text, new ArrayList<>(),
                        Links.charterProvision(t.id)));
                case ITEM -> {
                    CharterItemDto item = new CharterItemDto(t.id, t.item, Links.charterLabel(t.id), t.text, Links.charterProvision(t.id));
                    if (t.paragraph != null) {
                        paragraphs.get(paragraphs.size() - 1).items().add(item);
                    } else {
                        items.add(item);
                    }
                }
                case CLOSING -> closing = t.text;
                case PREAMBLE -> throw new IllegalStateException("a preamble line belongs to no article");
            }
            if (t.kind != CharterProvision.Kind.CLOSING) {
                lines.add(t.text);
            }
        }
        paragraphs.replaceAll(p -> new CharterParagraphDto(p.id(), p.number(), p.label(), p.text(), List.copyOf(p.items()), p.link()));
        Map<String, String> links = links("self", Links.article(article.number), "chapter", Links.chapter(chapter.numeral));
        if (article.number > 1) {
            links.put("previous", Links.article(article.number - 1));
        }
        if (article.number < lastArticle) {
            links.put("next", Links.article(article.number + 1));
        }
        links.put("charter", CHARTER_PATH);
        return new CharterArticleDto(id, article.number, "Article " + article.number, chapterRef(chapter), article.section,
                String.join("\n", lines), introduction, List.copyOf(paragraphs), List.copyOf(items), closing, sources,
                List.copyOf(article.notes), links);
    }

    /** The article itself and each of its paragraphs and items, by id. */
    private static Map<String, CharterProvisionDto> provisions(CharterArticleDto a) {
        Map<String, CharterProvisionDto> byId = new LinkedHashMap<>();
        String chapterLink = a.chapter().link();
        byId.put(a.id(), new CharterProvisionDto(a.id(), "article", a.label(), a.number(), null, null, a.text(), List.of(),
                a.chapter(), a.sources(), a.notes(), links("self", a.links().get("self"), "chapter", chapterLink,
                        "charter", CHARTER_PATH)));
        for (CharterParagraphDto p : a.paragraphs()) {
            byId.put(p.id(), new CharterProvisionDto(p.id(), "paragraph", p.label(), a.number(), p.number(), null, p.text(),
                    p.items(), a.chapter(), a.sources(), a.notes(), links("self", p.link(), "article", a.links().get("self"),
                            "chapter", chapterLink, "charter", CHARTER_PATH)));
            for (CharterItemDto i : p.items()) {
                byId.put(i.id(), new CharterProvisionDto(i.id(), "item", i.label(), a.number(), p.number(), i.letter(), i.text(),
                        List.of(), a.chapter(), a.sources(), a.notes(), links("self", i.link(), "article", a.links().get("self"),
                                "paragraph", p.link(), "chapter", chapterLink, "charter", CHARTER_PATH)));
            }
        }
        for (CharterItemDto i : a.items()) {
            byId.put(i.id(), new CharterProvisionDto(i.id(), "item", i.label(), a.number(), null, i.letter(), i.text(), List.of(),
                    a.chapter(), a.sources(), a.notes(), links("self", i.link(), "article", a.links().get("self"),
                            "chapter", chapterLink, "charter", CHARTER_PATH)));
        }
        return byId;
    }

    static Ref chapterRef(CharterChapter chapter) {
        return new Ref(chapter.numeral, chapterLabel(chapter), Links.chapter(chapter.numeral));
    }

    private static String chapterLabel(CharterChapter chapter) {
        return "Chapter " + chapter.numeral + ": " + chapter.title;
    }

    private static Map<String, String> links(String... pairs) {
        Map<String, String> links = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            links.put(pairs[i], pairs[i + 1]);
        }
        return links;
    }
}
