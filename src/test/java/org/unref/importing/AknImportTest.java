package org.unref.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unref.citation.CitationKind;
import org.unref.citation.CitationRepository;
import org.unref.citation.StoredCitation;
import org.unref.common.Vote;
import org.unref.importing.FileResult.Outcome;
import org.unref.resolution.Resolution;
import org.unref.resolution.ResolutionRepository;
import org.unref.resolution.ResolutionTextRepository;
import org.unref.veto.Veto;
import org.unref.veto.VetoRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AknImportTest {

    @Inject
    ImportService importer;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    ResolutionTextRepository texts;

    @Inject
    CitationRepository citations;

    @Inject
    VetoRepository vetoes;

    @Inject
    EntityManager em;

    @TempDir
    Path dir;

    @AfterEach
    void removeTestRecords() {
        TestRecords.remove(em);
    }

    @Test
    void shouldImportAResolutionTheProjectHasNeverSeen() {
        Path file = TestRecords.write(dir.resolve("2099"), "S_RES_9999_2099_test.xml", TestRecords.testResolutionXml());
        ImportReport report = importer.importPaths(List.of(file));
        assertEquals(Outcome.CREATED, report.files().get(0).outcome(), report.render());

        QuarkusTransaction.requiringNew().run(() -> {
            Resolution r = resolutions.findById(TestRecords.TEST_RESOLUTION);
            assertEquals("S/RES/9999 (2099)", r.symbol);
            assertEquals("9999", r.number);
            assertEquals(java.time.LocalDate.of(2099, 3, 4), r.adoptionDate);
            assertEquals("S/PV.99999", r.meetingRecord);
            assertEquals("S/2099/1", r.draftSymbol);
            assertEquals("/akn/un/statement/deliberation/unsc/2099-03-04/9999-2099/", r.aknIri, "FRBRWork/FRBRuri of the file");
            assertEquals("Test item for importer checks", r.topic);
            assertEquals(Vote.Method.RECORDED, r.vote.method);
            assertEquals(13, r.vote.yes);
            assertEquals(0, r.vote.no);
            assertEquals(List.of("CN", "RU"), r.vote.abstaining);
            assertTrue(r.chapterVII);
            assertEquals(List.of("art-25"), List.copyOf(r.charterArticles));
            assertEquals(List.of("TEST SUBJECT"), List.copyOf(r.subjects));
            assertEquals("akn", r.sources.get(0).type());
            assertTrue(r.sources.get(0).url().endsWith("/2099/S_RES_9999_2099_test.xml"), r.sources.get(0).url());

            assertEquals(List.of("Norway", "Brazil", "Ghana"), texts.findText(r.id).orElseThrow().sponsors);
            assertEquals(9, texts.listParagraphs(r.id).size());
            assertEquals("a nested item;", texts.findParagraph(r.id, "op-2-a-i").orElseThrow().text);
            Map<String, String> votes = texts.listVotes(r.id).stream().collect(Collectors.toMap(v -> v.code, v -> v.vote));
            assertEquals(15, votes.size());
            assertEquals("abstain", votes.get("RU"));
            assertEquals("yes", votes.get("US"));

            List<StoredCitation> cites = citations.listBySource(StoredCitation.SourceType.RESOLUTION, r.id);
            Map<String, StoredCitation> byRef = cites.stream().collect(Collectors.toMap(c -> c.referenceId, c -> c, (a, b) -> a));
            StoredCitation known = byRef.get("s-res-2254-2015");
            assertEquals(StoredCitation.Status.FOUND, known.status);
            assertEquals(StoredCitation.TargetType.RESOLUTION, known.targetType);
            assertEquals("container_2", known.sourceParagraph);
            assertEquals("2254 (2015)", known.matchedText);
            assertEquals(java.time.LocalDate.of(2099, 3, 4), known.sourceDate);
            assertEquals(StoredCitation.Status.UNKNOWN, byRef.get("s-res-9998-2099").status);
            assertEquals(CitationKind.DOCUMENT, byRef.get("s-2099-2").kind);
            assertEquals(StoredCitation.Status.FOUND, byRef.get("art-25").status);
            assertEquals(StoredCitation.TargetType.CHARTER, byRef.get("art-25").targetType);
            assertEquals(StoredCitation.Status.FOUND, byRef.get("chapter-vii").status);
        });

        ImportReport again = importer.importPaths(List.of(file));
        assertEquals(Outcome.UNCHANGED, again.files().get(0).outcome(), again.render());
    }

    @Test
    void shouldRejectForeignAndMalformedFilesAndKeepTheGoodOnes() throws IOException {
        TestRecords.write(dir, "a-good.xml", TestRecords.testResolutionXml());
        TestRecords.write(dir, "broken.xml", "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement>");
        TestRecords.write(dir, "page.xml", "<html><body>not AKN</body></html>");
        TestRecords.write(dir, "unknown-member.xml", TestRecords.testResolutionXml().replace("S/RES/9999 (2099)", "S/RES/9998 (2099)")
                .replace(">MALTA<", ">ATLANTIS<"));
        TestRecords.write(dir, "prst.xml", "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement>"
                + "<coverPage><p><docNumber>S/PRST/2099/1</docNumber></p></coverPage></statement></akomaNtoso>");
        TestRecords.write(dir, "notes.txt", "ignored inside a folder");
        Path text = TestRecords.write(dir.resolveSibling(dir.getFileName() + "-x"), "resolution.txt", "plain text");

        ImportReport report = importer.importPaths(List.of(dir, text));

        Map<String, FileResult> byName = report.files().stream()
                .collect(Collectors.toMap(f -> Path.of(f.file()).getFileName().toString(), f -> f));
        assertEquals(6, report.files().size(), report.render());
        assertEquals(Outcome.CREATED, byName.get("a-good.xml").outcome());
        assertTrue(byName.get("broken.xml").detail().startsWith("not well-formed XML"), byName.get("broken.xml").detail());
        assertTrue(byName.get("page.xml").detail().contains("not Akoma Ntoso"));
        assertTrue(byName.get("unknown-member.xml").detail().contains("ATLANTIS"));
        assertTrue(byName.get("prst.xml").detail().contains("not a Security Council resolution"));
        assertTrue(byName.get("resolution.txt").detail().contains("not an importable file"));
        assertEquals(5, report.count(Outcome.REJECTED));
        assertTrue(report.render().contains("broken.xml"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> resolutions.findById("s-res-9998-2099")),
                "a rejected file leaves no record");
    }

    @Test
    void shouldTurnAVetoedDraftIntoAVeto() {
        Path file = TestRecords.write(dir, "S_2099_3.xml", TestRecords.testVetoXml());
        ImportReport report = importer.importPaths(List.of(file));
        assertEquals(Outcome.CREATED, report.files().get(0).outcome(), report.render());
        QuarkusTransaction.requiringNew().run(() -> {
            Veto v = vetoes.findById(TestRecords.TEST_VETO);
            assertEquals(List.of("US"), List.copyOf(v.members));
            assertEquals("S/PV.99999", v.meetingRecord);
            assertEquals(13, v.vote.yes);
            assertEquals(1, v.vote.no);
            assertEquals(java.time.LocalDate.of(2099, 3, 4), v.date);
        });
        assertEquals(Outcome.UNCHANGED, importer.importPaths(List.of(file)).files().get(0).outcome());
    }

    @Test
    void shouldImportTheUnsCollectionTwiceWithTheSameResult() throws IOException {
        Path akn = org.unref.testing.SharedData.require("data/akn");
        ImportReport first = importer.importPaths(List.of(akn));
        System.out.println("First import of ../shared/data/akn: " + first.render());
        ImportReport second = importer.importPaths(List.of(akn));
        System.out.println("Second import of ../shared/data/akn: " + second.render());
        assertEquals(0, second.count(Outcome.CREATED), second.render());
        assertEquals(0, second.count(Outcome.UPDATED), second.render());
        // The seed's Akoma Ntoso IRIs (tools/seed/build_resolutions.py) are the ones the importer reads from the same files.
        assertTrue(first.files().stream().flatMap(f -> f.conflicts().stream()).noneMatch(c -> c.contains("Akoma Ntoso IRI")),
                first.render());
        long files;
        try (var walk = Files.walk(akn)) {
            files = walk.filter(f -> f.toString().endsWith(".xml")).count();
        }
        assertEquals(files, second.files().size());
        // The presidential statement is the only file that is not a resolution or a draft.
        assertEquals(1, second.count(Outcome.REJECTED), second.render());
        QuarkusTransaction.requiringNew().run(() -> {
            // Curated corrections of the seed survive: 2521 counts the named members, 2580 was adopted by acclamation.
            Resolution r2521 = resolutions.findById("s-res-2521-2020");
            assertEquals(12, r2521.vote.yes);
            assertEquals(Vote.Method.WITHOUT_VOTE, resolutions.findById("s-res-2580-2021").vote.method);
            assertTrue(texts.listVotes("s-res-2580-2021").isEmpty(), "no per-member votes where there was no vote");
            assertFalse(texts.listParagraphs("s-res-2672-2023").isEmpty());
            assertEquals(15, texts.listVotes("s-res-2672-2023").size());
            assertEquals("/akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/", resolutions.findById("s-res-2719-2023").aknIri);
        });
    }
}
