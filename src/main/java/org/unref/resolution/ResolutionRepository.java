package org.unref.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.unref.common.Where;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResolutionRepository implements PanacheRepositoryBase<Resolution, String> {

    /** First and last article of each Charter chapter: what "acting under Chapter N" can cite. */
    private static final int[][] CHAPTER_ARTICLES = { { 1, 2 }, { 3, 6 }, { 7, 8 }, { 9, 22 }, { 23, 32 }, { 33, 38 },
            { 39, 51 }, { 52, 54 }, { 55, 60 }, { 61, 72 }, { 73, 74 }, { 75, 85 }, { 86, 91 }, { 92, 96 }, { 97, 101 },
            { 102, 105 }, { 106, 107 }, { 108, 109 }, { 110, 111 } };
    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX");

    public Optional<Resolution> findBySymbol(String symbol) {
        return find("symbol", symbol).firstResultOptional();
    }

    /** The page after {@code after} (newest first), one row more than asked so the caller knows if more follow. */
    public List<Resolution> listAfter(ResolutionFilter filter, String after, int limit) {
        Where where = where(filter).and("r.sortKey < :after", "after", after);
        return find("select r from Resolution r where " + where.jpql() + " order by r.sortKey desc", where.parameters())
                .page(0, limit + 1)
                .list();
    }

    public long countMatching(ResolutionFilter filter) {
        Where where = where(filter);
        return find("select r from Resolution r where " + where.jpql(), where.parameters()).count();
    }

    public List<String> allIds() {
        return getEntityManager().createQuery("select r.id from Resolution r", String.class).getResultList();
    }

    private static Where where(ResolutionFilter f) {
        Where where = new Where()
                .and("r.body = :body", "body", f.body())
                .and("r.year = :year", "year", f.year())
                .and("r.adoptionDate >= :from", "from", f.from())
                .and("r.adoptionDate <= :to", "to", f.to())
                .and("r.searchText like :q escape '!'", "q", f.q() == null ? null : Where.contains(f.q()))
                .and("r.updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                .and("exists (select 1 from Resolution s join s.subjects subject where s = r and lower(subject) = :subject)",
                        "subject", f.subject() == null ? null : f.subject().toLowerCase(Locale.ROOT));
        if (f.chapter() != null) {
            where.andIf(true, chapterClause(f.chapter()));
        }
        if (f.vote() != null) {
            where.andIf(true, switch (f.vote()) {
                case "unanimous" -> "(r.vote.method = org.unref.common.Vote.Method.UNANIMOUS or (r.vote.method = "
                        + "org.unref.common.Vote.Method.RECORDED and r.vote.no = 0 and r.vote.abstain = 0))";
                case "divided" -> "(r.vote.method = org.unref.common.Vote.Method.RECORDED and (r.vote.no > 0 or r.vote.abstain > 0))";
                default -> "r.vote.method in (org.unref.common.Vote.Method.WITHOUT_VOTE, org.unref.common.Vote.Method.CONSENSUS)";
            });
        }
        return where;
    }

    /** A resolution rests on a chapter when it says so (Chapter VII) or invokes one of the chapter's articles. */
    private static String chapterClause(String numeral) {
        int[] range = CHAPTER_ARTICLES[NUMERALS.indexOf(numeral)];
        String provisions = IntStream.rangeClosed(range[0], range[1])
                .mapToObj(n -> "p = 'art-" + n + "' or p like 'art-" + n + "-%'")
                .collect(Collectors.joining(" or "));
        String invokes = "exists (select 1 from Resolution s join s.charterArticles p where s = r and (" + provisions + "))";
        return numeral.equals("VII") ? "(r.chapterVII = true or " + invokes + ")" : invokes;
    }

    static boolean isChapter(String numeral) {
        return NUMERALS.contains(numeral);
    }
}
