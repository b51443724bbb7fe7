package org.unref.importing.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.unref.importing.akn.AknDocument.AknParagraph;
import org.unref.testing.SharedData;

class AknParserTest {

    private final AknParser parser = new AknParser();

    private AknDocument parse(String xml) {
        return parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private AknDocument testResolution() {
        try (InputStream in = getClass().getResourceAsStream("/akn/S_RES_9999_2099_test.xml")) {
            return parser.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AknParagraph paragraph(AknDocument doc, String id) {
        return doc.paragraphs().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + id + " in " + doc.paragraphs()));
    }

    @Test
    void shouldReadTheFactsOfAResolution() {
        AknDocument doc = testResolution();
        assertEquals("S/RES/9999 (2099)", doc.symbol());
        assertEquals(9999, doc.number());
        assertEquals(2099, doc.year());
        assertEquals(LocalDate.of(2099, 3, 4), doc.date());
        assertEquals("S/PV.99999", doc.meetingRecord());
        assertEquals("S/2099/1", doc.draftSymbol());
        assertEquals(List.of("Norway", "Brazil", "Ghana"), doc.sponsors());
        assertEquals("Security Council resolution 9999 (2099) [test only]", doc.title());
        assertEquals("Test item for importer checks", doc.agendaItem());
        assertEquals(List.of("TEST SUBJECT"), doc.subjects());
        assertTrue(doc.chapterVII());
        assertEquals(List.of("art-25"), doc.charterArticles());
        assertEquals(13, doc.codes("yes").size());
        assertEquals(List.of(), doc.codes("no"));
        assertEquals(List.of("CN", "RU"), doc.codes("abstain"));
        assertFalse(doc.withoutVote());
        assertEquals(List.of(), doc.issues());
        assertEquals("/akn/un/statement/deliberation/unsc/2099-03-04/9999-2099/", doc.workIri());
    }

    @Test
    void shouldGiveNoWorkIriWhereTheFileWritesNone() {
        AknDocument doc = parser.parse(new java.io.ByteArrayInputStream(org.unref.importing.TestRecords.testResolutionXml()
                .replace("<FRBRuri value=\"/akn/un/statement/deliberation/unsc/2099-03-04/9999-2099/\"/>", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertNull(doc.workIri(), "never built from FRBRthis, the symbol or the date");
    }

    @Test
    void shouldKeepTheStructureOfTheText() {
        AknDocument doc = testResolution();
        assertEquals(List.of("pp-1", "pp-2", "pp-3", "h-1", "op-1", "op-2", "op-2-a", "op-2-a-i", "op-3"),
                doc.paragraphs().stream().map(AknParagraph::id).toList());
        AknParagraph pp1 = paragraph(doc, "pp-1");
        assertEquals("container_2", pp1.eId());
        assertEquals("preamble", pp1.kind());
        assertEquals("Recalling its resolutions 2254 (2015) and 9998 (2099),", pp1.text());
        assertEquals(2, pp1.links().size());
        assertEquals("2254 (2015)", pp1.text().substring(pp1.links().get(0).start(), pp1.links().get(0).end()));
        assertEquals("https://undocs.org/en/S/RES/2254(2015)", pp1.links().get(0).href());
        assertFalse(paragraph(doc, "pp-2").text().contains("footnote"), "footnotes are not the paragraph's words");
        assertEquals("Test heading", paragraph(doc, "h-1").text());
        AknParagraph op2 = paragraph(doc, "op-2");
        assertEquals("operative", op2.kind());
        assertEquals("2", op2.number());
        assertEquals("Requests the following:", op2.text());
        AknParagraph nested = paragraph(doc, "op-2-a-i");
        assertEquals("sub", nested.kind());
        assertEquals("op-2-a", nested.parentId());
        assertEquals("para_7_list_point_a_sublist_point_i", nested.eId());
        assertEquals("a nested item;", nested.text());
    }

    @Test
    void shouldRejectXmlThatIsNotWellFormed() {
        AknException e = assertThrows(AknException.class, () -> parse("<akomaNtoso xmlns=\"" + AknParser.AKN_NS + "\"><statement><p>"));
        assertTrue(e.getMessage().startsWith("not well-formed XML"), e.getMessage());
    }

    @Test
    void shouldRejectXmlThatIsNotAkn() {
        AknException e = assertThrows(AknException.class, () -> parse("<html><body>hello</body></html>"));
        assertTrue(e.getMessage().contains("not Akoma Ntoso"), e.getMessage());
    }

    @Test
    void shouldRejectAknThatIsNotAResolution() {
        String prst = "<akomaNtoso xmlns=\"" + AknParser.AKN_NS + "\"><statement><coverPage><p>"
                + "<docNumber>S/PRST/2020/11</docNumber></p></coverPage></statement></akomaNtoso>";
        AknException e = assertThrows(AknException.class, () -> parse(prst));
        assertTrue(e.getMessage().contains("S/PRST/2020/11 is not a Security Council resolution"), e.getMessage());
    }

    @Test
    void shouldRejectAnUnknownMemberName() {
        String xml = testResolutionText().replace("<organization refersTo=\"memberState\">MALTA</organization>",
                "<organization refersTo=\"memberState\">ATLANTIS</organization>");
        AknException e = assertThrows(AknException.class, () -> parse(xml));
        assertTrue(e.getMessage().contains("unknown member-state name 'ATLANTIS'"), e.getMessage());
    }

    @Test
    void shouldRejectAnEntityThatPointsOutside() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<akomaNtoso xmlns=\"" + AknParser.AKN_NS + "\">&e;</akomaNtoso>";
        assertThrows(AknException.class, () -> parse(xml));
    }

    @Test
    void shouldReadEveryFileOfTheUnsAknCollection() throws IOException {
        Path root = SharedData.require("data/akn");
        int resolutions = 0;
        int drafts = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                if (file.getFileName().toString().startsWith("S_PRST")) {
                    continue;
                }
                AknDocument doc;
                try (InputStream in = Files.newInputStream(file)) {
                    doc = parser.parse(in);
                }
                assertFalse(doc.paragraphs().isEmpty(), file + " has no text");
                assertTrue(doc.paragraphs().stream().anyMatch(p -> p.kind().equals("operative")), file + " has no operative paragraph");
                assertTrue(doc.workIri() != null && doc.workIri().startsWith("/akn/un/"), file + ": " + doc.workIri());
                if (doc.isResolution()) {
                    resolutions++;
                    assertEquals(doc.year(), doc.date().getYear(), file.toString());
                } else {
                    drafts++;
                    assertNull(doc.number());
                }
            }
        }
        assertTrue(resolutions >= 200, "resolutions read: " + resolutions);
        assertEquals(10, drafts);
    }

    @Test
    void shouldReadAVetoedDraft() throws IOException {
        Path file = SharedData.require("data/akn/not-adopted/S_2023_970-2324906E.xml");
        AknDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = parser.parse(in);
        }
        assertEquals("S/2023/970", doc.symbol());
        assertEquals("veto", doc.outcome());
        assertEquals("S/PV.9499", doc.meetingRecord());
        assertEquals(List.of("US"), doc.codes("no"));
        assertEquals(13, doc.codes("yes").size());
        assertEquals(List.of("GB"), doc.codes("abstain"));
        assertTrue(doc.sponsors().size() > 90, "sponsors: " + doc.sponsors().size());
    }

    private String testResolutionText() {
        try (InputStream in = getClass().getResourceAsStream("/akn/S_RES_9999_2099_test.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
