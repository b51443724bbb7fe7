package org.unref.meta;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Counts what the database holds; plain aggregate queries, read-only. */
@ApplicationScoped
public class CoverageService {

    /** The kinds of source records name (docs/seed-format.md). */
    static final List<String> SOURCE_TYPES = List.of("undl", "ods", "dhl-meetings", "dhl-vetoes", "akn", "press-release",
            "un-charter", "secondary");

    @Inject
    EntityManager em;

    public CoverageDto coverage() {
        Map<String, Long> collections = new LinkedHashMap<>();
        collections.put("resolutions", count("select count(*) from resolution"));
        collections.put("securityCouncilResolutions", count("select count(*) from resolution where body = 'SC'"));
        collections.put("generalAssemblyResolutions", count("select count(*) from resolution where body = 'GA'"));
        collections.put("resolutionTexts", count("select count(*) from resolution_text"));
        collections.put("resolutionParagraphs", count("select count(*) from resolution_paragraph"));
        collections.put("resolutionsWithMemberVotes", count("select count(distinct resolution_id) from resolution_member_vote"));
        collections.put("resolutionCitations", count("select count(*) from citation where source_type = 'RESOLUTION'"));
        collections.put("vetoes", count("select count(*) from veto"));
        collections.put("charterProvisions", count("select count(*) from charter_provision"));
        collections.put("emergencySpecialSessions", count("select count(*) from emergency_session"));

        Map<String, LocalDate> newest = new LinkedHashMap<>();
        newest.put("resolutions", date("select max(adoption_date) from resolution"));
        newest.put("securityCouncilResolutions", date("select max(adoption_date) from resolution where body = 'SC'"));
        newest.put("vetoes", date("select max(date_start) from veto"));

        // per year: all resolutions, those of the Council, vetoes
        Map<Integer, long[]> years = new TreeMap<>();
        for (Object[] row : rows("select adoption_year, count(*), count(case when body = 'SC' then 1 end) from resolution "
                + "group by adoption_year")) {
            long[] counts = years.computeIfAbsent(((Number) row[0]).intValue(), y -> new long[3]);
            counts[0] = ((Number) row[1]).longValue();
            counts[1] = ((Number) row[2]).longValue();
        }
        for (Object[] row : rows("select veto_year, count(*) from veto group by veto_year")) {
            years.computeIfAbsent(((Number) row[0]).intValue(), y -> new long[3])[2] = ((Number) row[1]).longValue();
        }
        // the last year with a record (a record may have its year but not its date)
        int lastCouncilYear = Integer.MIN_VALUE;
        int lastVetoYear = Integer.MIN_VALUE;
        for (Map.Entry<Integer, long[]> year : years.entrySet()) {
            lastCouncilYear = year.getValue()[1] > 0 ? year.getKey() : lastCouncilYear;
            lastVetoYear = year.getValue()[2] > 0 ? year.getKey() : lastVetoYear;
        }
        List<CoverageDto.YearCount> perYear = new ArrayList<>();
        for (Map.Entry<Integer, long[]> year : years.entrySet()) {
            long[] c = year.getValue();
            perYear.add(new CoverageDto.YearCount(year.getKey(), c[0], year.getKey() > lastCouncilYear ? null : c[1],
                    year.getKey() > lastVetoYear ? null : c[2]));
        }

        long[] resolutions = countsBySourceType("resolution");
        long[] vetoes = countsBySourceType("veto");
        List<CoverageDto.SourceCount> sources = new ArrayList<>();
        for (int i = 0; i < SOURCE_TYPES.size(); i++) {
            if (resolutions[i] + vetoes[i] > 0) {
                sources.add(new CoverageDto.SourceCount(SOURCE_TYPES.get(i), resolutions[i], vetoes[i]));
            }
        }
        return new CoverageDto(collections, perYear, newest, sources, gaps(collections));
    }

    /** How many records of a table name each source type, in one pass over the table rather than one per type. */
    private long[] countsBySourceType(String table) {
        StringJoiner columns = new StringJoiner(", ", "select ", " from " + table);
        for (int i = 1; i <= SOURCE_TYPES.size(); i++) {
            columns.add("count(case when sources like ?" + i + " then 1 end)");
        }
        var query = em.createNativeQuery(columns.toString());
        for (int i = 0; i < SOURCE_TYPES.size(); i++) {
            query.setParameter(i + 1, "%\"type\":\"" + SOURCE_TYPES.get(i) + "\"%");
        }
        Object[] row = (Object[]) query.getSingleResult();
        long[] counts = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            counts[i] = ((Number) row[i]).longValue();
        }
        return counts;
    }

    private CoverageDto.SecurityCouncilGaps gaps(Map<String, Long> collections) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Object n : em.createNativeQuery("select number from resolution where body = 'SC'").getResultList()) {
            String s = n.toString();
            if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
                numbers.add(Integer.parseInt(s));
            }
        }
        int last = numbers.isEmpty() ? 0 : numbers.last();
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (!numbers.contains(n)) {
                missing.add(n);
            }
        }
        return new CoverageDto.SecurityCouncilGaps(1, last, missing, collections.get("resolutionTexts"),
                collections.get("resolutionsWithMemberVotes"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private LocalDate date(String sql) {
        Object value = em.createNativeQuery(sql).getSingleResult();
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
