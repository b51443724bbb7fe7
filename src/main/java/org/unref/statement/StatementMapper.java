package org.unref.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unref.citation.StoredCitationDto;
import org.unref.common.Links;

/** Entity to API shape, explicitly. */
final class StatementMapper {

    private StatementMapper() {
    }

    static String link(Long id) {
        return Links.API + "/statements/" + id;
    }

    /** One statement with its text and citations. */
    static StatementDto toDto(Statement s, List<StoredCitationDto> citations) {
        return new StatementDto(String.valueOf(s.id), s.title, s.authorOrganization, s.speaker, s.date, s.kind, s.language,
                s.sourceUrl, s.text, citations.size(), citations, s.createdAt, s.updatedAt, links(s));
    }

    /** A list item: the text and citations are left out, their count kept. */
    static StatementDto toSummary(Statement s, long citationCount) {
        return new StatementDto(String.valueOf(s.id), s.title, s.authorOrganization, s.speaker, s.date, s.kind, s.language,
                s.sourceUrl, null, (int) citationCount, null, s.createdAt, s.updatedAt, links(s));
    }

    static void apply(StatementRequest r, Statement s) {
        s.title = r.title().strip();
        s.authorOrganization = blankToNull(r.authorOrganization());
        s.speaker = blankToNull(r.speaker());
        s.date = r.date();
        s.kind = r.kind();
        s.language = blankToNull(r.language());
        s.sourceUrl = blankToNull(r.sourceUrl());
        s.setText(r.text());
    }

    private static Map<String, String> links(Statement s) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", link(s.id));
        links.put("cites", link(s.id) + "/cites");
        if (s.sourceUrl != null) {
            links.put("source", s.sourceUrl);
        }
        return links;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
