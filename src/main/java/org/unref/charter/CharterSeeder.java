package org.unref.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.unref.change.ChangeKind;
import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Source;
import org.unref.importing.Seeder;

/**
 * Upserts seed/charter.jsonl: chapters by numeral, articles by number, texts by id; rows the seed no longer
 * holds are removed. Runs first (order 10): other features cite Charter provisions.
 */
@ApplicationScoped
public class CharterSeeder implements Seeder<CharterSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    CharterRepository repository;

    @Inject
    CharterService service;

    @Override
    public String resource() {
        return "seed/charter.jsonl";
    }

    @Override
    public Class<CharterSeed> recordType() {
        return CharterSeed.class;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int upsert(List<CharterSeed> records) {
        Rows rows = Rows.of(records);
        EntityManager em = repository.getEntityManager();
        Map<String, ChangeKind> served = new LinkedHashMap<>();
        sync(em, repository.listChapters(), rows.chapters, c -> c.numeral, CharterSeeder::same, CharterSeeder::copy)
                .forEach((numeral, kind) -> served.putIfAbsent(numeral, kind));
        sync(em, repository.listArticles(), rows.articles, a -> a.number, CharterSeeder::same, CharterSeeder::copy)
                .forEach((number, kind) -> served.putIfAbsent("art-" + number, kind));
        Map<String, CharterProvision> provisions = new LinkedHashMap<>();
        repository.listProvisions().forEach(p -> provisions.put(p.id, p));
        rows.provisions.forEach(p -> provisions.put(p.id, p));
        Map<String, ChangeKind> changedProvisions = sync(em, repository.listProvisions(), rows.provisions, p -> p.id,
                CharterSeeder::same, CharterSeeder::copy);
        changedProvisions.forEach((id, kind) -> {
            CharterProvision p = provisions.get(id);
            // An article's own texts change the article, which its row already says was created or deleted if it was.
            boolean partOfArticle = p.article != null && p.kind != CharterProvision.Kind.PARAGRAPH
                    && p.kind != CharterProvision.Kind.ITEM;
            // The preamble stays when one of its lines goes.
            boolean preambleLineGone = p.kind == CharterProvision.Kind.PREAMBLE && kind == ChangeKind.DELETED;
            served.putIfAbsent(servedId(p), partOfArticle || preambleLineGone ? ChangeKind.UPDATED : kind);
        });
        served.forEach((id, kind) -> changes.record(kind, ChangedCollection.CHARTER, id));
        int changed = served.size();
        if (changed > 0) {
            service.forget();
        }
        return changed;
    }

    /**
     * The id under which a row is served: paragraphs and items are records of their own; the preamble's lines and an
     * article's introduction, text and closing words are parts of the preamble or the article (a chapter's id is its
     * numeral, an article's art-N).
     */
    private static String servedId(CharterProvision p) {
        return switch (p.kind) {
            case PREAMBLE -> "preamble";
            case PARAGRAPH, ITEM -> p.id;
            default -> "art-" + p.article;
        };
    }

    interface Same<E> {
        boolean test(E stored, E wanted);
    }

    interface Copy<E> {
        void into(E wanted, E stored);
    }

    /**
     * Persists new rows, updates changed ones and removes stale ones (texts before articles before chapters); returns
     * what happened to each row that changed, by key.
     */
    private static <E, K> Map<K, ChangeKind> sync(EntityManager em, List<E> stored, List<E> wanted, Function<E, K> key,
            Same<E> same, Copy<E> copy) {
        Map<K, E> byKey = stored.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<K, ChangeKind> changed = new LinkedHashMap<>();
        for (E row : wanted) {
            E existing = byKey.remove(key.apply(row));
            if (existing == null) {
                em.persist(row);
                changed.put(key.apply(row), ChangeKind.CREATED);
            } else if (!same.test(existing, row)) {
                copy.into(row, existing);
                changed.put(key.apply(row), ChangeKind.UPDATED);
            }
        }
        byKey.values().forEach(em::remove);
        byKey.keySet().forEach(k -> changed.put(k, ChangeKind.DELETED));
        return changed;
    }

    private static boolean same(CharterChapter a, CharterChapter b) {
        return a.ordinal == b.ordinal && a.title.equals(b.title) && a.sources.equals(b.sources);
    }

    private static void copy(CharterChapter from, CharterChapter to) {
        to.ordinal = from.ordinal;
        to.title = from.title;
        to.sources = from.sources;
    }

    private static boolean same(CharterArticle a, CharterArticle b) {
        return a.chapterNumeral.equals(b.chapterNumeral) && Objects.equals(a.section, b.section) && a.notes.equals(b.notes);
    }

    private static void copy(CharterArticle from, CharterArticle to) {
        to.chapterNumeral = from.chapterNumeral;
        to.section = from.section;
        to.notes = from.notes;
    }

    private static boolean same(CharterProvision a, CharterProvision b) {
        return Objects.equals(a.article, b.article) && a.kind == b.kind && Objects.equals(a.paragraph, b.paragraph)
                && Objects.equals(a.item, b.item) && a.ordinal == b.ordinal && a.text.equals(b.text)
                && a.sources.equals(b.sources);
    }

    private static void copy(CharterProvision from, CharterProvision to) {
        to.article = from.article;
        to.kind = from.kind;
        to.paragraph = from.paragraph;
        to.item = from.item;
        to.ordinal = from.ordinal;
        to.text = from.text;
        to.sources = from.sources;
    }

    /** The seed flattened into the rows the tables hold, texts numbered in reading order. */
    static final class Rows {
        final List<CharterChapter> chapters = new ArrayList<>();
        final List<CharterArticle> articles = new ArrayList<>();
        final List<CharterProvision> provisions = new ArrayList<>();

        static Rows of(List<CharterSeed> records) {
            Rows rows = new Rows();
            for (CharterSeed seed : records) {
                if ("preamble".equals(seed.part())) {
                    int line = 1;
                    for (String text : seed.paragraphs()) {
                        rows.text("preamble-" + line++, null, CharterProvision.Kind.PREAMBLE, null, null, text, seed.sources());
                    }
                } else if ("chapter".equals(seed.part())) {
                    rows.chapter(seed);
                } else {
                    throw new IllegalStateException("seed/charter.jsonl: unknown part '" + seed.part() + "'");
                }
            }
            return rows;
        }

        private void chapter(CharterSeed seed) {
            CharterChapter chapter = new CharterChapter();
            chapter.numeral = seed.numeral();
            chapter.ordinal = chapters.size() + 1;
            chapter.title = seed.title();
            chapter.sources = new ArrayList<>(seed.sources());
            chapters.add(chapter);
            for (CharterSeed.Article a : seed.articles()) {
                CharterArticle article = new CharterArticle();
                article.number = a.number();
                article.chapterNumeral = seed.numeral();
                article.section = a.section();
                article.notes = new ArrayList<>(orEmpty(a.notes()));
                articles.add(article);
                String id = "art-" + a.number();
                List<Source> sources = seed.sources();
                if (a.introduction() != null) {
                    text(id + "-intro", a.number(), CharterProvision.Kind.INTRODUCTION, null, null, a.introduction(), sources);
                }
                if (a.text() != null) {
                    text(id, a.number(), CharterProvision.Kind.TEXT, null, null, a.text(), sources);
                }
                for (CharterSeed.Paragraph p : orEmpty(a.paragraphs())) {
                    text(id + "-" + p.number(), a.number(), CharterProvision.Kind.PARAGRAPH, p.number(), null, p.text(), sources);
                    for (CharterSeed.Item i : orEmpty(p.items())) {
                        text(id + "-" + p.number() + "-" + i.letter(), a.number(), CharterProvision.Kind.ITEM, p.number(),
                                i.letter(), i.text(), sources);
                    }
                }
                for (CharterSeed.Item i : orEmpty(a.items())) {
                    text(id + "-" + i.letter(), a.number(), CharterProvision.Kind.ITEM, null, i.letter(), i.text(), sources);
                }
                if (a.closing() != null) {
                    text(id + "-closing", a.number(), CharterProvision.Kind.CLOSING, null, null, a.closing(), sources);
                }
            }
        }

        private void text(String id, Integer article, CharterProvision.Kind kind, Integer paragraph, String item, String text,
                List<Source> sources) {
            CharterProvision p = new CharterProvision();
            p.id = id;
            p.article = article;
            p.kind = kind;
            p.paragraph = paragraph;
            p.item = item;
            p.ordinal = provisions.size() + 1;
            p.text = text;
            p.sources = new ArrayList<>(sources);
            provisions.add(p);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
