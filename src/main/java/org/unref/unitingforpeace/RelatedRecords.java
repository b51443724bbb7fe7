package org.unref.unitingforpeace;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Links;
import org.unref.common.Ref;
import org.unref.common.Slugs;
import org.unref.resolution.ResolutionRepository;
import org.unref.veto.VetoRepository;

/**
 * References from referrals and sessions to the vetoes and resolutions unref holds. Each seed loads on its own,
 * so a reference links only to a record that is there: a resolution the seed lacks gets a null link, not a 404.
 */
@ApplicationScoped
class RelatedRecords {

    @Inject
    VetoRepository vetoes;

    @Inject
    ResolutionRepository resolutions;

    /** Refs to vetoes by id, labelled with the draft symbol (or the meeting record where the draft has none). */
    Map<String, Ref> vetoRefs(Collection<String> ids) {
        Map<String, String> labels = vetoes.labels(ids);
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (String id : ids) {
            String label = labels.get(id);
            refs.put(id, new Ref(id, label == null ? id : label, label == null ? null : Links.veto(id)));
        }
        return refs;
    }

    /** Refs to resolutions by symbol, linked where unref holds the resolution. */
    Map<String, Ref> resolutionRefs(Collection<String> symbols) {
        Set<String> slugs = symbols.stream().map(Slugs::of).collect(Collectors.toSet());
        Set<String> held = slugs.isEmpty() ? Set.of()
                : resolutions.list("id in ?1", slugs).stream().map(r -> r.id).collect(Collectors.toSet());
        Map<String, Ref> refs = new LinkedHashMap<>();
        for (String symbol : symbols) {
            String slug = Slugs.of(symbol);
            refs.put(symbol, new Ref(slug, symbol, held.contains(slug) ? Links.resolution(slug) : null));
        }
        return refs;
    }

    static Ref referralRef(Referral r) {
        return new Ref(r.id, r.resolution, Links.referral(r.id));
    }

    static Ref sessionRef(int number) {
        return new Ref(String.valueOf(number), Ordinals.sessionTitle(number), Links.emergencySession(number));
    }
}
