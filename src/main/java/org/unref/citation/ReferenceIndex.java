package org.unref.citation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unref.common.Links;
import org.unref.common.Slugs;

/**
 * What the resolver needs to know about resolutions, vetoes and emergency special sessions, read once into
 * memory: a few thousand short rows, looked up for every citation of every text.
 */
final class ReferenceIndex {

    /** One resolution: its id, symbol, body and number as the UN writes it. */
    record ResolutionRow(String id, String symbol, String body, String number) {
    }

    private final Map<String, CitationTarget> resolutions = new HashMap<>();
    private final Map<String, List<CitationTarget>> resolutionsByNumber = new HashMap<>();
    private final Map<String, CitationTarget> vetoes = new HashMap<>();
    private final Map<String, CitationTarget> vetoesByDraft = new HashMap<>();
    private final Map<Integer, CitationTarget> sessions = new HashMap<>();

    ReferenceIndex(List<ResolutionRow> resolutionRows, List<Object[]> vetoRows, List<Object[]> sessionRows) {
        for (ResolutionRow r : resolutionRows) {
            CitationTarget target = new CitationTarget("resolution", r.id(), r.symbol(), Links.resolution(r.id()));
            resolutions.put(r.id(), target);
            resolutionsByNumber.computeIfAbsent(r.number(), n -> new java.util.ArrayList<>()).add(target);
        }
        resolutionsByNumber.values().forEach(list -> list.sort(java.util.Comparator.comparing(CitationTarget::id)));
        for (Object[] v : vetoRows) {
            String id = (String) v[0];
            String draft = (String) v[1];
            String label = draft != null ? draft : v[2] != null ? (String) v[2] : id;
            CitationTarget target = new CitationTarget("veto", id, label, Links.veto(id));
            vetoes.put(id, target);
            if (draft != null) {
                vetoesByDraft.put(Slugs.of(draft), target);
            }
        }
        for (Object[] s : sessionRows) {
            int number = ((Number) s[0]).intValue();
            sessions.put(number, new CitationTarget("emergency-session", String.valueOf(number),
                    "Emergency special session " + number + ": " + s[1], Links.emergencySession(number)));
        }
    }

    Optional<CitationTarget> resolution(String id) {
        return Optional.ofNullable(resolutions.get(id));
    }

    /** Resolutions with this number ("2254"), in every year and body that used it. */
    List<CitationTarget> resolutionsNumbered(String number) {
        return resolutionsByNumber.getOrDefault(number, List.of());
    }

    Optional<CitationTarget> veto(String id) {
        return Optional.ofNullable(vetoes.get(id));
    }

    Optional<CitationTarget> vetoOfDraft(String draftSlug) {
        return Optional.ofNullable(vetoesByDraft.get(draftSlug));
    }

    Optional<CitationTarget> session(int number) {
        return Optional.ofNullable(sessions.get(number));
    }
}
