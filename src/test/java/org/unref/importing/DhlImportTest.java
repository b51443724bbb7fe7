package org.unref.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unref.importing.FileResult.Outcome;
import org.unref.resolution.Resolution;
import org.unref.resolution.ResolutionRepository;
import org.unref.testing.SharedData;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DhlImportTest {

    @Inject
    ImportService importer;

    @Inject
    ResolutionRepository resolutions;

    @TempDir
    Path dir;

    private static String page(int year, String rows) {
        return org.unref.importing.dhl.DhlParserTest.meetingsPage(year, rows);
    }

    private static String row(String meeting, String date, String outcome) {
        return org.unref.importing.dhl.DhlParserTest.row(meeting, date, "Test topic", outcome);
    }

    /** Pages written here carry the DHL tables' known errors; the seed's corrections must survive them. */
    @Test
    void shouldKeepTheSeedsCorrectionsWhenTheDhlErrorsAreImported() {
        TestRecords.write(dir, "scact1990_table_en.html", page(1990,
                row("S/PV.2939", "13 September", "<a href=\"x\">S/RES/663 (1990)</a><br>13-2-0")));
        TestRecords.write(dir, "scact1964_table_en.html", page(1964,
                row("S/PV.1239", "10 August", "<a href=\"x\">S/RES/207 (1964)</a><br>adopted unanimously")));
        TestRecords.write(dir, "scact1980_table_en.html", page(1980,
                row("S/PV.2190", "7 January", "<a href=\"x\">S/RES/462 (1980)</a><br>11-2-2")));

        ImportReport report = importer.importPaths(List.of(dir));

        assertEquals(0, report.count(Outcome.REJECTED), report.render());
        assertEquals(0, report.count(Outcome.CREATED), report.render());
        String rendered = report.render();
        assertTrue(rendered.contains("S/RES/663 (1990): meeting date 1990-09-13 on the page"), rendered);
        assertTrue(rendered.contains("S/RES/207 (1964): the page writes year 1964"), rendered);
        assertTrue(rendered.contains("S/RES/462 (1980): meeting date 1980-01-07 on the page"), rendered);
        QuarkusTransaction.requiringNew().run(() -> {
            Resolution r663 = resolutions.findById("s-res-663-1990");
            assertEquals(LocalDate.of(1990, 8, 14), r663.adoptionDate);
            assertEquals(LocalDate.of(1990, 9, 13), resolutions.findById("s-res-666-1990").adoptionDate);
            assertNull(resolutions.findById("s-res-207-1964"), "no second record for the mis-dated 207");
            assertEquals(LocalDate.of(1965, 8, 10), resolutions.findById("s-res-207-1965").adoptionDate);
            assertEquals(LocalDate.of(1980, 1, 9), resolutions.findById("s-res-462-1980").adoptionDate);
        });
    }

    @Test
    void shouldImportTheDhlPagesWithoutChangingTheSeedTwice() {
        Path html = SharedData.require("data/dhl/html");
        ImportReport first = importer.importPaths(List.of(html));
        System.out.println("First import of ../shared/data/dhl/html: " + first.render());
        assertEquals(0, first.count(Outcome.REJECTED), first.render());
        ImportReport second = importer.importPaths(List.of(html));
        assertEquals(0, second.count(Outcome.CREATED) + second.count(Outcome.UPDATED), second.render());
        assertEquals(5, second.count(Outcome.UNCHANGED), second.render());
    }
}
