package org.unref.resolution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;
import org.unref.common.VoteDto;

@Schema(name = "Resolution", description = "A Security Council or General Assembly resolution.")
public record ResolutionDto(
        @Schema(description = "The slug of the symbol, used in URLs.", examples = "s-res-2254-2015") String id,
        @Schema(description = "The official UN symbol.", examples = "S/RES/2254 (2015)") String symbol,
        @Schema(description = "SC (Security Council) or GA (General Assembly).", enumeration = { "SC", "GA" }, examples = "SC") String body,
        @Schema(description = "The number within its series.", examples = "2254") String number,
        @Schema(examples = "2015") int year,
        @Schema(description = "Date of adoption.", nullable = true, examples = "2015-12-18") LocalDate adoptionDate,
        @Schema(description = "Symbol of the meeting record.", nullable = true, examples = "S/PV.7588") String meetingRecord,
        @Schema(description = "The document's title, where the UN publishes one.", nullable = true) String title,
        @Schema(description = "The agenda item under which it was adopted.", nullable = true, examples = "The situation in the Middle East") String topic,
        @Schema(nullable = true) VoteDto vote,
        @Schema(description = "Symbol of the draft that was adopted.", nullable = true, examples = "S/2015/1019") String draftSymbol,
        @Schema(description = "The UN press release on the meeting.", nullable = true, examples = "SC/12171") String pressRelease,
        @Schema(description = "UNBIS subject terms.") List<String> subjects,
        @Schema(description = "The text says the Council acts under Chapter VII of the Charter.") boolean chapterVII,
        @Schema(description = "Charter provisions the text invokes.") List<Ref> charterProvisions,
        @Schema(description = "The Akoma Ntoso IRI of the resolution (the work), exactly as the UN's AKN4UN file gives it; "
                + "null where unref holds no AKN file for it (resolutions before 2504 and the General Assembly's).",
                nullable = true, examples = "/akn/un/statement/deliberation/unsc/2023-12-21/2719-2023/") String aknIri,
        List<Source> sources,
        @Schema(description = "Corrections of the sources and doubts about them, in unref's words.") List<String> notes,
        @Schema(description = "self, document (the UN's text), meeting and draft.",
                examples = "{\"self\": \"/api/v1/resolutions/s-res-2254-2015\", \"document\": \"https://undocs.org/S/RES/2254(2015)\"}") Map<String, String> links) {
}
