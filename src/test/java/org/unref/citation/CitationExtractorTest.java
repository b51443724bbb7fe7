package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationExtractorTest {

    private final CitationExtractor extractor = new CitationExtractor();

    /** Extracts and checks that the text holds exactly one citation, spanning {@code span}. */
    private Citation only(String text, String span) {
        List<Citation> citations = extractor.extract(text);
        assertEquals(1, citations.size(), () -> "citations in '" + text + "': " + citations);
        Citation citation = citations.get(0);
        assertEquals(text.indexOf(span), citation.start(), "start");
        assertEquals(text.indexOf(span) + span.length(), citation.end(), "end");
        assertEquals(span, citation.text());
        assertEquals(span, text.substring(citation.start(), citation.end()));
        return citation;
    }

    private List<String> ids(String text) {
        return extractor.extract(text).stream().map(c -> c.reference().id()).collect(Collectors.toList());
    }

    // --- resolutions -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Recalling resolution 2254 (2015),|resolution 2254 (2015)|S/RES/2254 (2015)|SC|2254|2015",
            "as set out in S/RES/2118 (2013).|S/RES/2118 (2013)|S/RES/2118 (2013)|SC|2118|2013",
            "as set out in S/RES/2118(2013).|S/RES/2118(2013)|S/RES/2118 (2013)|SC|2118|2013",
            "as set out in S/RES/2118 ( 2013 ).|S/RES/2118 ( 2013 )|S/RES/2118 (2013)|SC|2118|2013",
            "implementing Security Council resolution 2254 (2015) fully|Security Council resolution 2254 (2015)|S/RES/2254 (2015)|SC|2254|2015",
            "Recalling its resolution 2118 (2013) on chemical weapons|resolution 2118 (2013)|S/RES/2118 (2013)|SC|2118|2013",
            "under General Assembly resolution 377 A (V), the Assembly|General Assembly resolution 377 A (V)|A/RES/377(V)|GA|377 (V)|",
            "under resolution 377 (V) the Assembly|resolution 377 (V)|A/RES/377(V)|GA|377 (V)|",
            "adopted as A/RES/377(V) in 1950|A/RES/377(V)|A/RES/377(V)|GA|377 (V)|",
            "see A/RES/ES-11/1 of 2 March 2022|A/RES/ES-11/1|A/RES/ES-11/1|GA|ES-11/1|",
            "by resolution ES-11/1 the Assembly|resolution ES-11/1|A/RES/ES-11/1|GA|ES-11/1|",
            "under resolution 76/262, the Assembly|resolution 76/262|A/RES/76/262|GA|76/262|",
            "General Assembly resolution 76/262 of 26 April 2022|General Assembly resolution 76/262|A/RES/76/262|GA|76/262|",
            "see A/RES/76/262.|A/RES/76/262|A/RES/76/262|GA|76/262|",
            "UNSCR 2254 (2015) sets out|UNSCR 2254 (2015)|S/RES/2254 (2015)|SC|2254|2015",
            "implementing Security Council Resolutions 2118 (2013) now|Security Council Resolutions 2118 (2013)|S/RES/2118 (2013)|SC|2118|2013",
            "as S.C. Res. 1373 (2001) requires|S.C. Res. 1373 (2001)|S/RES/1373 (2001)|SC|1373|2001",
            "under SC res. 2254 (2015) the talks|SC res. 2254 (2015)|S/RES/2254 (2015)|SC|2254|2015",
            "UNSC Res 2231 (2015) endorsed the plan|UNSC Res 2231 (2015)|S/RES/2231 (2015)|SC|2231|2015",
            "UNSC resolution 2231 (2015) endorsed the plan|UNSC resolution 2231 (2015)|S/RES/2231 (2015)|SC|2231|2015",
            "under SCR 1325 (2000) the Council|SCR 1325 (2000)|S/RES/1325 (2000)|SC|1325|2000",
            "see G.A. Res. 377 (V) of 1950|G.A. Res. 377 (V)|A/RES/377(V)|GA|377 (V)|",
            "under UNGA Res. ES-11/1 the Assembly|UNGA Res. ES-11/1|A/RES/ES-11/1|GA|ES-11/1|",
            "the GA resolution 76/262 on the veto|GA resolution 76/262|A/RES/76/262|GA|76/262|",
    })
    void shouldCiteEachResolutionForm(String text, String span, String symbol, String body, String number,
            Integer year) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.RESOLUTION, citation.kind());
        Reference reference = citation.reference();
        assertEquals(symbol, reference.symbol());
        assertEquals(org.unref.common.Slugs.of(symbol), reference.id());
        assertEquals(body, reference.body());
        assertEquals(number, reference.number());
        assertEquals(year, reference.year());
        assertTrue(reference.complete());
        assertNull(citation.pinpoint());
    }

    @Test
    void shouldKeepThePartLetterOfAnEarlyAssemblyResolutionOutOfItsSymbol() {
        Reference reference = only("resolution 377 A (V)", "resolution 377 A (V)").reference();
        assertEquals("A", reference.part());
        assertEquals("a-res-377-v", reference.id());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "UNSCR 2254 calls for|UNSCR 2254|SC",
            "resolution 2254 calls for|resolution 2254|",
            "Security Council resolution 2254 calls for|Security Council resolution 2254|SC",
            "SC res. 2254 calls for|SC res. 2254|SC",
            "UNSC Res 2254 calls for|UNSC Res 2254|SC",
            "SCR 2254 calls for|SCR 2254|SC",
    })
    void shouldLeaveAResolutionWithoutYearIncompleteForTheResolver(String text, String span, String body) {
        Citation citation = only(text, span);
        Reference reference = citation.reference();
        assertFalse(reference.complete());
        assertNull(reference.id());
        assertNull(reference.symbol());
        assertEquals("2254", reference.number());
        assertEquals(body, reference.body());
        assertNull(reference.year());
    }

    @Test
    void shouldCiteEachResolutionOfAListWithItsOwnSpan() {
        String text = "Recalling resolutions 2042 (2012), 2043 (2012) and 2118 (2013), and stressing";
        List<Citation> citations = extractor.extract(text);
        assertEquals(List.of("s-res-2042-2012", "s-res-2043-2012", "s-res-2118-2013"),
                citations.stream().map(c -> c.reference().id()).collect(Collectors.toList()));
        assertEquals("resolutions 2042 (2012)", citations.get(0).text());
        assertEquals("2043 (2012)", citations.get(1).text());
        assertEquals(text.indexOf("2043"), citations.get(1).start());
        assertEquals("2118 (2013)", citations.get(2).text());
        assertEquals(text.indexOf("2118 (2013)") + "2118 (2013)".length(), citations.get(2).end());
    }

    @Test
    void shouldCiteOnlyTheNamedEndsOfAResolutionRange() {
        assertEquals(List.of("s-res-1267-1999", "s-res-1989-2011"),
                ids("its resolutions 1267 (1999) to 1989 (2011) on sanctions"));
    }

    @Test
    void shouldNotExtendAListWithABareNumberAfterAFullCitation() {
        assertEquals(List.of("s-res-2254-2015"), ids("resolution 2254 (2015), 12 members voted in favour"));
    }

    @Test
    void shouldCiteAListOfBareNumbersAsIncompleteResolutions() {
        List<Citation> citations = extractor.extract("resolutions 242 and 338 remain the basis");
        assertEquals(2, citations.size());
        assertEquals("242", citations.get(0).reference().number());
        assertEquals("338", citations.get(1).reference().number());
        assertEquals("338", citations.get(1).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "as required by paragraph 22 of resolution 2628 (2022).|paragraph 22 of resolution 2628 (2022)|paragraph 22|s-res-2628-2022",
            "in line with operative paragraph 3 of resolution 2118 (2013),|operative paragraph 3 of resolution 2118 (2013)|paragraph 3|s-res-2118-2013",
            "as requested in paragraph 5 (b) of its resolution 2118 (2013),|paragraph 5 (b) of its resolution 2118 (2013)|paragraph 5 (b)|s-res-2118-2013",
            "under paragraph 4 of Security Council resolution 2254 (2015)|paragraph 4 of Security Council resolution 2254 (2015)|paragraph 4|s-res-2254-2015",
    })
    void shouldPinpointTheParagraphOfACitedResolution(String text, String span, String pinpoint, String id) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.RESOLUTION, citation.kind());
        assertEquals(id, citation.reference().id());
        assertEquals(pinpoint, citation.pinpoint());
    }

    @Test
    void shouldLinkThatResolutionToTheOnlyResolutionCitedJustBefore() {
        String text = "The Council adopted resolution 2254 (2015). All parties must implement that resolution.";
        List<Citation> citations = extractor.extract(text);
        assertEquals(2, citations.size());
        Citation anaphor = citations.get(1);
        assertEquals("that resolution", anaphor.text());
        assertEquals(text.indexOf("that resolution"), anaphor.start());
        assertEquals("s-res-2254-2015", anaphor.reference().id());
    }

    @Test
    void shouldNotLinkAnAnaphorWhenTwoResolutionsCouldBeMeant() {
        assertEquals(List.of("s-res-2118-2013", "s-res-2254-2015"),
                ids("It recalled resolutions 2118 (2013) and 2254 (2015). It urged respect for that resolution."));
    }

    @Test
    void shouldNotLinkAnAnaphorTooFarFromItsCitation() {
        assertEquals(List.of("s-res-2254-2015"), ids("It adopted resolution 2254 (2015). Talks resumed. "
                + "Many delegates spoke. The parties ignored that resolution."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "It welcomed resolution 2254 (2015). This resolution is the first of its kind.",
            "It adopted resolution 2254 (2015). It called for the resolution of the conflict.",
    })
    void shouldNotLinkThisResolutionOrTheResolutionOfSomething(String text) {
        assertEquals(List.of("s-res-2254-2015"), ids(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the resolution of the conflict",
            "a resolution was adopted in 2015",
            "in 2015 and 2016 the Council met",
            "2254 (2015) members attended",
            "between 2254 (2015) and more",
            "paragraph 3 of the report",
            "paragraph 3",
            "Call +41 22 917 1234 or (212) 963-1234",
            "On 18 December 2015 (2015/12/18) at 10:30",
            "Human Rights Council resolution 46/1 on Sri Lanka",
            "Economic and Social Council resolution 2011/4",
            "the draft resolution 2254 (2015) was not adopted",
            "S/RES/0 (2015) and resolution 99 (1800) and resolution 377 (XL)",
            "A/HRC/RES/46/1",
            "the board's res. 5 (2015) and Res 12 (2016) on pay",
            "Res. 2254 (2015) alone names no body",
            "ESC res. 2254 (2015) and ASC Res 12",
            "the Respondent 2254 (2015) and Research 12",
            "the SCR12 circuit and DESCR 2254 (2015)",
    })
    void shouldNotCiteThingsThatAreNotResolutions(String text) {
        assertEquals(List.of(), extractor.extract(text), text);
    }

    // --- Charter ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "in breach of Article 27 (3) the member voted|Article 27 (3)|art-27-3",
            "in breach of Article 27(3) the member voted|Article 27(3)|art-27-3",
            "in breach of Article 27, paragraph 3, the member voted|Article 27, paragraph 3|art-27-3",
            "in breach of Art. 27(3) the member voted|Art. 27(3)|art-27-3",
            "in breach of Article 27, para. 3, the member voted|Article 27, para. 3|art-27-3",
            "in breach of Art. 27 para. 3 the member voted|Art. 27 para. 3|art-27-3",
            "in breach of Art. 27, para.3 the member voted|Art. 27, para.3|art-27-3",
            "contrary to Article 2, para 4, the State used force|Article 2, para 4|art-2-4",
            "in breach of Article 27, Paragraph 3, the member voted|Article 27, Paragraph 3|art-27-3",
            "under Article 2, para. 7, of the Charter nothing|Article 2, para. 7, of the Charter|art-2-7",
            "in breach of paragraph 3 of Article 27 the member voted|paragraph 3 of Article 27|art-27-3",
            "emphasis on the third paragraph of Article Twenty-Seven, which|the third paragraph of Article Twenty-Seven|art-27-3",
            "under Article 2, paragraph 7, of the Charter nothing|Article 2, paragraph 7, of the Charter|art-2-7",
            "the aims of Article 55 (a) are|Article 55 (a)|art-55-a",
            "Article 51 of the Charter of the United Nations applies|Article 51 of the Charter of the United Nations|art-51",
            "invoking Article 99 of the United Nations Charter today|Article 99 of the United Nations Charter|art-99",
            "under article 25 of the Charter, Members|article 25 of the Charter|art-25",
            "Article 2(4) prohibits force|Article 2(4)|art-2-4",
    })
    void shouldCiteEachCharterProvisionForm(String text, String span, String id) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.CHARTER_PROVISION, citation.kind());
        assertEquals(id, citation.reference().id());
        assertTrue(citation.reference().complete());
    }

    @Test
    void shouldReadParagraphAndItemOfAnArticle() {
        Reference reference = only("Article 27 (3)", "Article 27 (3)").reference();
        assertEquals("27", reference.number());
        assertEquals("3", reference.paragraph());
        assertNull(reference.item());
        assertEquals("a", only("Article 55 (a)", "Article 55 (a)").reference().item());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acting under Chapter VII of the Charter of the United Nations,|Chapter VII of the Charter of the United Nations|chapter-vii|VII",
            "Acting under Chapter VII, the Council|Chapter VII|chapter-vii|VII",
            "the peaceful means of Chapter VI are|Chapter VI|chapter-vi|VI",
    })
    void shouldCiteCharterChapters(String text, String span, String id, String numeral) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.CHARTER_CHAPTER, citation.kind());
        assertEquals(id, citation.reference().id());
        assertEquals(numeral, citation.reference().number());
    }

    @Test
    void shouldCiteEveryChapterOfAChapterList() {
        assertEquals(List.of("chapter-vi", "chapter-vii"), ids("under Chapters VI and VII of the Charter"));
    }

    @Test
    void shouldCiteAnArticleRangeAsOneCitationListingEveryArticle() {
        Citation citation = only("the powers in Articles 10 to 14 of the Charter", "Articles 10 to 14 of the Charter");
        assertEquals("art-10-to-14", citation.reference().id());
        assertEquals(List.of("art-10", "art-11", "art-12", "art-13", "art-14"), citation.reference().rangeIds());
    }

    @Test
    void shouldCiteEachArticleOfAnArticleList() {
        String text = "measures under Articles 41 and 42 of the Charter";
        List<Citation> citations = extractor.extract(text);
        assertEquals(List.of("art-41", "art-42"),
                citations.stream().map(c -> c.reference().id()).collect(Collectors.toList()));
        assertEquals("Articles 41", citations.get(0).text());
        assertEquals("42 of the Charter", citations.get(1).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "faithful to the Charter of the United Nations and|Charter of the United Nations",
            "faithful to the UN Charter and|UN Charter",
            "faithful to the United Nations Charter and|United Nations Charter",
            "faithful to the Charter and|Charter",
    })
    void shouldCiteTheCharterAsAWhole(String text, String span) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.CHARTER, citation.kind());
        assertEquals("charter", citation.reference().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "crimes listed in Article 5 of the Rome Statute",
            "as provided in article 3 of the Convention",
            "under Article 51 of the Vienna Convention on the Law of Treaties",
            "The Rome Statute defines genocide. Article 6 lists the acts.",
            "as set out in article 27 of the Agreement",
            "Chapter IV of the report describes",
            "in chapter VII of its report",
            "the African Charter on Human and Peoples' Rights",
            "the Charter of Paris for a New Europe",
            "Article 250 is not in the Charter's numbering",
    })
    void shouldNotCiteArticlesOfOtherInstrumentsAsTheCharter(String text) {
        assertTrue(extractor.extract(text).stream().noneMatch(c -> c.kind() == CitationKind.CHARTER_PROVISION
                || c.kind() == CitationKind.CHARTER_CHAPTER), () -> text + ": " + extractor.extract(text));
    }

    @Test
    void shouldTreatABareArticleAsTheCharterWhenTheCharterIsTheLastInstrumentNamed() {
        assertEquals(List.of("s-res-2118-2013", "charter", "art-25"),
                ids("Recalling resolution 2118 (2013) and the Convention, and the Charter, Article 25 binds all."));
        assertEquals(List.of("charter"),
                ids("Mindful of the Charter, and of the Rome Statute, Article 7 defines crimes."));
    }

    @Test
    void shouldPinpointAResolutionParagraphRatherThanCiteTheCharter() {
        Citation citation = only("paragraph 3 of resolution 2118 (2013)", "paragraph 3 of resolution 2118 (2013)");
        assertEquals(CitationKind.RESOLUTION, citation.kind());
        assertEquals("paragraph 3", citation.pinpoint());
    }

    // --- named instruments and documents ----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "under the \"Uniting for Peace\" resolution the Assembly|\"Uniting for Peace\" resolution|a-res-377-v",
            "should apply the \u201cUniting for Peace\u201d principle as|\u201cUniting for Peace\u201d principle|a-res-377-v",
            "the Uniting for Peace mechanism exists|Uniting for Peace mechanism|a-res-377-v",
            "since the veto initiative was adopted|veto initiative|a-res-76-262",
    })
    void shouldCiteNamedInstrumentsAsTheResolutionTheyName(String text, String span, String id) {
        Citation citation = only(text, span);
        assertEquals(CitationKind.NAMED_INSTRUMENT, citation.kind());
        assertEquals(id, citation.reference().id());
    }

    @Test
    void shouldCiteUnitingForPeaceByNumberWhenTheNumberFollows() {
        List<Citation> citations = extractor.extract("the Uniting for Peace resolution 377 (V)");
        assertEquals(List.of(CitationKind.NAMED_INSTRUMENT, CitationKind.RESOLUTION),
                citations.stream().map(Citation::kind).collect(Collectors.toList()));
        assertEquals("Uniting for Peace", citations.get(0).text());
        assertEquals("resolution 377 (V)", citations.get(1).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "voted on draft resolution S/2019/961 today|S/2019/961|DRAFT|S/2019/961|s-2019-961",
            "the draft (S/2019/961) failed|S/2019/961|DRAFT|S/2019/961|s-2019-961",
            "see the record S/PV.8697 for the vote|S/PV.8697|MEETING_RECORD|S/PV.8697|s-pv-8697",
            "see S/PV.8697 (Resumption 1) for the vote|S/PV.8697 (Resumption 1)|MEETING_RECORD|S/PV.8697 (Resumption 1)|s-pv-8697-resumption-1",
            "the tenth emergency special session resumed|tenth emergency special session|EMERGENCY_SPECIAL_SESSION||ess-10",
            "at the eleventh emergency special session|eleventh emergency special session|EMERGENCY_SPECIAL_SESSION||ess-11",
            "the ES-11 session met|ES-11|EMERGENCY_SPECIAL_SESSION||ess-11",
    })
    void shouldCiteDocumentsAndSessions(String text, String span, CitationKind kind, String symbol, String id) {
        Citation citation = only(text, span);
        assertEquals(kind, citation.kind());
        assertEquals(symbol, citation.reference().symbol());
        assertEquals(id, citation.reference().id());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the report of the Secretary-General (S/2019/961)",
            "an emergency special session was called",
            "ES-11/1",
    })
    void shouldNotCiteDocumentsWhoseKindTheTextDoesNotSay(String text) {
        assertTrue(extractor.extract(text).stream().noneMatch(c -> c.kind() == CitationKind.DRAFT
                || c.kind() == CitationKind.EMERGENCY_SPECIAL_SESSION), () -> text + ": " + extractor.extract(text));
    }

    @Test
    void shouldReturnCitationsSortedAndNotOverlapping() {
        String text = "Acting under Chapter VII of the Charter, recalling Article 2, paragraph 7, of the Charter, "
                + "resolutions 2042 (2012) and 2118 (2013), S/RES/2254 (2015), the Uniting for Peace resolution, "
                + "draft resolution S/2019/961 and S/PV.8697.";
        List<Citation> citations = extractor.extract(text);
        assertEquals(List.of("chapter-vii", "art-2-7", "s-res-2042-2012", "s-res-2118-2013", "s-res-2254-2015",
                "a-res-377-v", "s-2019-961", "s-pv-8697"),
                citations.stream().map(c -> c.reference().id()).collect(Collectors.toList()));
        for (int i = 1; i < citations.size(); i++) {
            assertTrue(citations.get(i - 1).end() <= citations.get(i).start());
        }
    }

    @Test
    void shouldReturnNothingForEmptyOrNullText() {
        assertEquals(List.of(), extractor.extract(""));
        assertEquals(List.of(), extractor.extract(null));
    }
}
