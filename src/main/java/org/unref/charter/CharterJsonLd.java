package org.unref.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.unref.common.JsonLd;
import org.unref.common.Source;

/**
 * Charter texts as schema.org {@code Legislation} nodes, from their API records: each with its wording word for word
 * ({@code text}), the part it belongs to ({@code isPartOf}) and its own parts ({@code hasPart}). No Akoma Ntoso IRI:
 * the UN publishes no AKN file of the Charter in the data unref is built from, and unref does not make one up.
 */
final class CharterJsonLd {

    static final String CHARTER_PATH = "/api/v1/charter";

    private CharterJsonLd() {
    }

    /** A paragraph or lettered item ({@code art-27-3}, {@code art-55-a}, {@code art-13-1-a}). */
    static Map<String, Object> of(CharterProvisionDto p) {
        Map<String, Object> node = JsonLd.document(p.links().get("self"), "Legislation");
        describe(node, p.label(), p.id(), "Charter " + p.kind(), p.text(), p.sources());
        String parent = p.links().containsKey("paragraph") ? p.links().get("paragraph") : p.links().get("article");
        JsonLd.put(node, "isPartOf", parent);
        JsonLd.put(node, "hasPart", p.items().stream().map(CharterItemDto::link).filter(Objects::nonNull).toList());
        return node;
    }

    static Map<String, Object> of(CharterArticleDto a) {
        Map<String, Object> node = JsonLd.document(a.links().get("self"), "Legislation");
        article(node, a);
        return node;
    }

    static Map<String, Object> of(CharterChapterDto c) {
        Map<String, Object> node = JsonLd.document(c.links().get("self"), "Legislation");
        describe(node, c.label(), "Chapter " + c.numeral(), "Charter chapter", null, c.sources());
        node.put("isPartOf", CHARTER_PATH);
        JsonLd.put(node, "hasPart", c.articles().stream().map(a -> a.links().get("self")).filter(Objects::nonNull).toList());
        return node;
    }

    static Map<String, Object> of(CharterPreambleDto p) {
        Map<String, Object> node = JsonLd.document(p.links().get("self"), "Legislation");
        describe(node, "Preamble", p.id(), "Charter preamble", p.text(), p.sources());
        node.put("isPartOf", CHARTER_PATH);
        return node;
    }

    private static void article(Map<String, Object> node, CharterArticleDto a) {
        describe(node, a.label(), a.id(), "Charter article", a.text(), a.sources());
        JsonLd.put(node, "isPartOf", a.chapter() == null ? null : a.chapter().link());
        List<String> parts = new ArrayList<>();
        a.paragraphs().forEach(p -> parts.add(p.link()));
        a.items().forEach(i -> parts.add(i.link()));
        JsonLd.put(node, "hasPart", parts.stream().filter(Objects::nonNull).toList());
    }

    private static void describe(Map<String, Object> node, String name, String identifier, String type, String text,
            List<Source> sources) {
        node.put("name", name);
        node.put("legislationIdentifier", identifier);
        node.put("legislationType", type);
        node.put("inLanguage", "en");
        JsonLd.put(node, "text", text);
        JsonLd.put(node, "isBasedOn", sources.stream().map(Source::url).filter(Objects::nonNull).distinct().toList());
    }

}
