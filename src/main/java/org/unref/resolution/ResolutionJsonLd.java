package org.unref.resolution;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unref.common.JsonLd;
import org.unref.common.Ref;
import org.unref.common.Source;

/** A resolution as a schema.org {@code Legislation} node, from its API record. */
final class ResolutionJsonLd {

    /** Sources that are the resolution itself (its document, its library record); the others are what the record rests on. */
    private static final Set<String> SAME = Set.of("ods", "undl");

    private ResolutionJsonLd() {
    }

    static Map<String, Object> of(ResolutionDto r) {
        boolean council = "SC".equals(r.body());
        Map<String, Object> node = JsonLd.document(r.links().get("self"), "Legislation");
        node.put("name", r.title() != null ? r.title() : r.symbol());
        node.put("legislationIdentifier", r.symbol());
        List<Object> identifiers = new ArrayList<>();
        identifiers.add(JsonLd.identifier("un-symbol", "UN document symbol", r.symbol()));
        if (r.aknIri() != null) {
            identifiers.add(JsonLd.identifier("akn", "Akoma Ntoso IRI of the work (FRBRWork/FRBRuri of the UN's AKN4UN file)",
                    r.aknIri()));
        }
        node.put("identifier", identifiers);
        node.put("legislationType", council ? "Security Council resolution" : "General Assembly resolution");
        JsonLd.put(node, "legislationDate", r.adoptionDate() == null ? null : r.adoptionDate().toString());
        Map<String, Object> body = JsonLd.node(null, "Organization");
        body.put("name", council ? "United Nations Security Council" : "United Nations General Assembly");
        node.put("legislationPassedBy", body);
        node.put("legislationJurisdiction", "United Nations");
        node.put("inLanguage", "en");
        if (r.topic() != null) {
            Map<String, Object> about = JsonLd.node(null, "Thing");
            about.put("name", r.topic());
            node.put("about", about);
        }
        JsonLd.put(node, "keywords", r.subjects());
        JsonLd.put(node, "citation", r.charterProvisions().stream().map(Ref::link).filter(java.util.Objects::nonNull).toList());
        Set<String> same = new LinkedHashSet<>();
        List<String> basedOn = new ArrayList<>();
        List<Object> encodings = new ArrayList<>();
        for (Source s : r.sources()) {
            if (s.url() == null) {
                continue;
            }
            if (SAME.contains(s.type())) {
                same.add(s.url());
            } else if ("akn".equals(s.type())) {
                Map<String, Object> file = JsonLd.node(null, "MediaObject");
                file.put("contentUrl", s.url());
                file.put("encodingFormat", "application/akn+xml");
                file.put("name", s.title());
                encodings.add(file);
            } else {
                basedOn.add(s.url());
            }
        }
        JsonLd.put(node, "sameAs", List.copyOf(same));
        JsonLd.put(node, "encoding", encodings);
        JsonLd.put(node, "isBasedOn", basedOn);
        return node;
    }
}
