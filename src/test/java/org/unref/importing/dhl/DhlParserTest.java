package org.unref.importing.dhl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.unref.testing.SharedData;

public class DhlParserTest {

    private final DhlParser parser = new DhlParser();

    public static String meetingsPage(int year, String rows) {
        return "<html><body><table><tr><th colspan=\"5\">Meetings conducted by the Security Council in " + year
                + "</th></tr><tr><th>Meeting Record</th><th>Date</th><th>Press Release</th><th>Topic</th>"
                + "<th>Security Council Outcome / Vote</th></tr>" + rows + "</table></body></html>";
    }

    public static String row(String meeting, String date, String topic, String outcome) {
        return "<tr><td><a href=\"https://undocs.org/en/" + meeting + "\">" + meeting + "</a></td><td>" + date
                + "</td><td></td><td>" + topic + "</td><td>" + outcome + "</td></tr>";
    }

    @Test
    void shouldReadResolutionsTalliesAndMeetingDates() {
        String html = meetingsPage(1990, row("S/PV.2939", "13 September", "Iraq-Kuwait",
                "<a href=\"x\">S/RES/663 (1990)</a><br>13-2-0")
                + row("S/PV.2934", "14 August", "Admission of new Members", "<a href=\"x\">S/RES/663 (1990)</a><br>adopted unanimously")
                + row("S/PV.2930", "9 August", "Iraq-Kuwait", "--"));
        DhlPage.Meetings page = assertInstanceOf(DhlPage.Meetings.class, parser.parse(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1990, page.year());
        assertEquals(2, page.resolutions().size());
        DhlPage.ResolutionRow first = page.resolutions().get(0);
        assertEquals(663, first.number());
        assertEquals(LocalDate.of(1990, 9, 13), first.date());
        assertEquals("S/PV.2939", first.meetingRecord());
        assertEquals(13, first.yes());
        assertEquals(2, first.no());
        assertEquals("unanimous", page.resolutions().get(1).method());
    }

    @Test
    void shouldRejectAPageThatIsNotADhlTable() {
        DhlException e = assertThrows(DhlException.class,
                () -> parser.parse("<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("not a Dag Hammarskjöld Library"), e.getMessage());
    }

    @Test
    void shouldReadTheVetoListWithRangesAndTwoDigitYears() throws IOException {
        byte[] html = Files.readAllBytes(SharedData.require("data/dhl/html/scact_veto_table_en.html"));
        DhlPage.Vetoes page = assertInstanceOf(DhlPage.Vetoes.class, parser.parse(html));
        assertEquals(213, page.vetoes().size());
        DhlPage.VetoRow newest = page.vetoes().get(0);
        assertEquals("S/2022/431", newest.draftSymbol());
        assertEquals(List.of("CN", "RU"), newest.members());
        DhlPage.VetoRow range = page.vetoes().stream().filter(v -> "7-9 January 1980".equals(v.dateText())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(1980, 1, 7), range.date());
        assertEquals(LocalDate.of(1980, 1, 9), range.dateEnd());
        assertTrue(page.vetoes().stream().anyMatch(v -> v.date().equals(LocalDate.of(1986, 1, 30))), "30 January 86 is 1986");
    }

    @Test
    void shouldReadTheOlderFourColumnTables() throws IOException {
        byte[] html = Files.readAllBytes(SharedData.require("data/dhl/html/scact1956_table_en.html"));
        DhlPage.Meetings page = assertInstanceOf(DhlPage.Meetings.class, parser.parse(html));
        assertEquals(1956, page.year());
        assertTrue(page.resolutions().stream().anyMatch(r -> r.number() == 121 && "unanimous".equals(r.method())));
    }
}
