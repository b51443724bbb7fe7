package org.unref.common;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The contract's schema of the JSON-LD answers ({@link JsonLd}): every term they use, so a validator can hold them to it. */
final class JsonLdSchema {

    static final String NAME = "LinkedRecord";
    static final String REF = "#/components/schemas/" + NAME;

    private JsonLdSchema() {
    }

    static Schema schema() {
        Schema context = object("schema.org as the vocabulary (@vocab), and the terms whose values are addresses (@type @id) "
                + "or dates.");
        JsonLd.CONTEXT.keySet().stream().sorted().forEach(term -> context.addProperty(term, term.equals("@vocab")
                ? text("The vocabulary.", "https://schema.org/")
                : object("How the term's values are read.").addProperty("@type", text("@id (an address) or a datatype IRI.", "@id"))));
        return object("A JSON-LD document: a schema.org Legislation node under an inline context, its @id the record's path "
                + "(a JSON-LD processor resolves it against the document's address). Absent facts are absent.")
                .addRequired("@context").addRequired("@id").addRequired("@type")
                .addProperty("@context", context)
                .addProperty("@id", text("The record's path.", "/api/v1/charter/articles/27/paragraphs/3"))
                .addProperty("@type", text("The schema.org type.", "Legislation"))
                .addProperty("name", text("The title, or the label of a Charter text.", "Article 27(3)"))
                .addProperty("legislationIdentifier", text("The UN symbol of a resolution, the id of a Charter text.", "art-27-3"))
                .addProperty("legislationType", text("What kind of text it is.", "Security Council resolution"))
                .addProperty("legislationDate", text("The date of adoption (YYYY-MM-DD).", "2023-12-21").format("date"))
                .addProperty("legislationPassedBy", named("The organ that adopted it, a schema.org Organization."))
                .addProperty("legislationJurisdiction", text("Where it applies.", "United Nations"))
                .addProperty("inLanguage", text("The language of the text served (BCP 47).", "en"))
                .addProperty("text", text("The Charter's wording, word for word.", "Decisions of the Security Council ..."))
                .addProperty("about", named("The agenda item under which it was adopted, a schema.org Thing."))
                .addProperty("keywords", texts("UNBIS subject terms."))
                .addProperty("citation", texts("Paths of the Charter provisions the resolution invokes."))
                .addProperty("identifier", list("Identifiers in named schemes (schema.org PropertyValue): un-symbol, and akn, the "
                        + "Akoma Ntoso IRI of the work exactly as the UN's AKN4UN file writes it, where unref holds that file.",
                        object("An identifier in a named scheme.")
                                .addProperty("@type", text("PropertyValue.", "PropertyValue"))
                                .addProperty("propertyID", text("The scheme.", "akn"))
                                .addProperty("name", text("What the scheme is.", "Akoma Ntoso IRI of the work"))
                                .addProperty("value", text("The identifier.", "/akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/"))))
                .addProperty("sameAs", texts("The UN's own addresses of the same document: its text by symbol, its UN Digital "
                        + "Library record."))
                .addProperty("encoding", list("The UN's machine-readable files of it (AKN4UN XML), schema.org MediaObject.",
                        object("A file.")
                                .addProperty("@type", text("MediaObject.", "MediaObject"))
                                .addProperty("contentUrl", text("Where to read it.", "https://github.com/UNxml/SCresolutions/blob/main/2023/S_RES_2719-2325940E.xml"))
                                .addProperty("encodingFormat", text("Its media type.", "application/akn+xml"))
                                .addProperty("name", text("What it is.", "AKN4UN XML, UN DGACM"))))
                .addProperty("isBasedOn", texts("The other sources the record rests on (library tables, press releases, un.org)."))
                .addProperty("isPartOf", text("The path of the text this one is part of.", "/api/v1/charter/articles/27"))
                .addProperty("hasPart", texts("The paths of its parts (an article's paragraphs, a chapter's articles)."));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).description(description);
    }

    private static Schema named(String description) {
        return object(description).addProperty("@type", text("The schema.org type.", "Organization"))
                .addProperty("name", text("Its name.", "United Nations Security Council"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(SchemaBounds.MAX_TEXT)
                .description(description).examples(List.of(example));
    }

    private static Schema texts(String description) {
        return list(description, OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(2000));
    }

    private static Schema list(String description, Schema items) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).maxItems(1000).description(description).items(items);
    }
}
