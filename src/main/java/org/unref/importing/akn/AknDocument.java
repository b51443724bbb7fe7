package org.unref.importing.akn;

import java.time.LocalDate;
import java.util.List;

/**
 * What one AKN4UN file says, as plain values: a Security Council resolution, or a draft that was not adopted.
 *
 * @param symbol       the docNumber ("S/RES/2672 (2023)", "S/2023/970")
 * @param number       the resolution number; null for a draft
 * @param year         the symbol's year; null for a draft
 * @param date         the adoption date (metadata FRBRWork date), or the day of the vote on a draft
 * @param outcome      the last workflow step's outcome: "adopted", "veto", "notAdopted" ...
 * @param outcomeText  what the workflow says of the outcome ("Adopted unanimously, 9237th meeting")
 * @param withoutVote  the outcome text says adopted without a vote or by acclamation (voter lists are then a template)
 * @param counts       declared counts per kind (inFavour, against, abstaining)
 * @param voters       the members named, in file order
 * @param issues       internal inconsistencies of the file, in our words, for notes
 * @param workIri      the Akoma Ntoso IRI of the work (FRBRWork/FRBRuri) as the file writes it; null when it has none
 */
public record AknDocument(String symbol, Integer number, Integer year, LocalDate date, String meetingRecord,
        String draftSymbol, List<String> sponsors, String outcome, String outcomeText, boolean withoutVote,
        java.util.Map<String, Integer> counts, List<Voter> voters, String title, String agendaItem,
        List<String> subjects, boolean chapterVII, List<String> charterArticles, List<AknParagraph> paragraphs,
        List<String> issues, String workIri) {

    public boolean isResolution() {
        return number != null;
    }

    /** The members voting one way ("yes", "no", "abstain"), as ISO codes sorted. */
    public List<String> codes(String vote) {
        return voters.stream().filter(v -> v.vote().equals(vote)).map(Voter::code).sorted().toList();
    }

    /** A member as the voter lists name it, with its ISO code and how it voted: yes, no or abstain. */
    public record Voter(String code, String name, String vote) {
    }

    /** A link in a paragraph's text: characters start..end of the text, to href. */
    public record Link(int start, int end, String href) {
    }

    /**
     * A paragraph of the text: preamble ("pp-2"), operative ("op-3"), sub-paragraph ("op-3-a") or a heading
     * between operative paragraphs ("h-1"). {@code eId} is the file's own id of the element.
     */
    public record AknParagraph(String id, String eId, int ordinal, String kind, String number, String parentId,
            String text, List<Link> links) {
    }
}
