package org.unref.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.unref.citation.CitationService;
import org.unref.citation.ResolvedReference;
import org.unref.common.Links;
import org.unref.common.Where;
import org.unref.statement.StatementRepository;

/**
 * Ranked search across statements, resolutions and vetoes. Each collection gives the newest rows containing every
 * word (LIKE): at most {@link #CANDIDATES} resolutions and vetoes, collections of a few thousand records, and at
 * most {@code limit} statements, which grow without bound: each candidate costs a walk over the statements in date
 * order until enough match, so 200 of them cost ten times the rows 20 do (for two words at a million statements,
 * bench/scale: 129 ms at p95 with 200, 26 ms with 20). They are scored here: the record a reference names (its
 * symbol) first, then title matches, then text matches, more occurrences higher.
 */
@ApplicationScoped
public class SearchService {

    static final int CANDIDATES = 200;
    private static final int SYMBOL = 1000;
    private static final int TITLE = 100;
    private static final int TEXT = 10;

    @Inject
    EntityManager em;

    @Inject
    CitationService citations;

    public SearchResultsDto search(String q, Set<String> collections, int limit) {
        List<String> words = Where.words(q);
        String named = namedRecord(q);
        List<SearchHitDto> hits = new ArrayList<>();
        if (collections.contains("resolutions")) {
            resolutions(words, named, hits);
        }
        if (collections.contains("vetoes")) {
            vetoes(words, named, hits);
        }
        if (collections.contains("statements")) {
            statements(words, limit, hits);
        }
        hits.sort(Comparator.comparingInt(SearchHitDto::score).reversed().thenComparing(SearchHitDto::label));
        return new SearchResultsDto(q, hits.stream().limit(limit).toList());
    }

    /** The id of the resolution or veto the query names as a reference ("S/RES/2254 (2015)", "S/2022/155"), else null. */
    private String namedRecord(String q) {
        ResolvedReference resolved = citations.resolveCite(q);
        return resolved.isFound() ? resolved.target().id() : null;
    }

    private void resolutions(List<String> words, String named, List<SearchHitDto> hits) {
        Where where = like("r.searchText", words);
        if (named != null) {
            where = new Where().andIf(true, "(" + where.jpql() + " or r.id = :named)").param("named", named);
            like("r.searchText", words).parameters().forEach(where::param);
        }
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.symbol, r.title, r.topic from Resolution r where " + where.jpql()
                + " order by r.sortKey desc", Object[].class);
        where.parameters().forEach(query::setParameter);
        for (Object[] r : query.setMaxResults(CANDIDATES).getResultList()) {
            String id = (String) r[0];
            String symbol = (String) r[1];
            int symbolScore = id.equals(named) ? SYMBOL : Scoring.occurrences(symbol, words) > 0 ? SYMBOL / 2 : 0;
            int title = Scoring.occurrences((String) r[2], words);
            int topic = Scoring.occurrences((String) r[3], words);
            String field = title > 0 ? "title" : topic > 0 ? "topic" : "symbol";
            String text = title > 0 ? (String) r[2] : topic > 0 ? (String) r[3] : symbol;
            hits.add(new SearchHitDto("resolutions", id, symbol, Links.resolution(id),
                    symbolScore + TITLE * Math.min(title, 1) + title + TEXT * Math.min(topic, 1) + topic, field,
                    Scoring.snippet(text, field.equals("symbol") && symbolScore == SYMBOL ? List.of("") : words)));
        }
    }

    private void vetoes(List<String> words, String named, List<SearchHitDto> hits) {
        Where where = like("v.searchText", words);
        if (named != null) {
            where = new Where().andIf(true, "(" + where.jpql() + " or v.id = :named)").param("named", named);
            like("v.searchText", words).parameters().forEach(where::param);
        }
        TypedQuery<Object[]> query = em.createQuery("select v.id, v.draftSymbol, v.meetingRecord, v.agendaItem from Veto v where "
                + where.jpql() + " order by v.sortKey desc", Object[].class);
        where.parameters().forEach(query::setParameter);
        for (Object[] v : query.setMaxResults(CANDIDATES).getResultList()) {
            String id = (String) v[0];
            String label = v[1] != null ? (String) v[1] : v[2] != null ? (String) v[2] : id;
            int symbolScore = id.equals(named) ? SYMBOL : Scoring.occurrences(label, words) > 0 ? SYMBOL / 2 : 0;
            int agenda = Scoring.occurrences((String) v[3], words);
            String field = agenda > 0 ? "agendaItem" : "draftSymbol";
            String text = agenda > 0 ? (String) v[3] : label;
            hits.add(new SearchHitDto("vetoes", id, label, Links.veto(id), symbolScore + TEXT * Math.min(agenda, 1) + agenda, field,
                    Scoring.snippet(text, agenda > 0 ? words : List.of(""))));
        }
    }

    private void statements(List<String> words, int limit, List<SearchHitDto> hits) {
        Where where = StatementRepository.containingEveryWord(new Where(), words);
        TypedQuery<Object[]> query = em.createQuery("select s.id, s.title, s.text from Statement s where " + where.jpql()
                + " order by s.date desc, s.id desc", Object[].class);
        where.parameters().forEach(query::setParameter);
        for (Object[] s : query.setMaxResults(limit).getResultList()) {
            String id = String.valueOf(s[0]);
            int title = Scoring.occurrences((String) s[1], words);
            int text = Scoring.occurrences((String) s[2], words);
            String field = title > 0 ? "title" : "text";
            hits.add(new SearchHitDto("statements", id, (String) s[1], Links.API + "/statements/" + id,
                    TITLE * Math.min(title, 1) + title + TEXT * Math.min(text, 1) + text, field,
                    Scoring.snippet(title > 0 ? (String) s[1] : (String) s[2], words)));
        }
    }

    private static Where like(String column, List<String> words) {
        Where where = new Where();
        for (int i = 0; i < words.size(); i++) {
            where.and(column + " like :w" + i + " escape '!'", "w" + i, Where.contains(words.get(i)));
        }
        return where;
    }
}
