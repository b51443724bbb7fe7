package org.unref.veto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;
import org.unref.common.VoteDto;

@Schema(name = "Veto", description = "A draft resolution or amendment that failed because a permanent member voted against it.")
public record VetoDto(
        @Schema(description = "The slug of the draft symbol, or of the meeting record followed by -1, -2, ... where the sources give no draft symbol.",
                examples = "s-2019-961") String id,
        @Schema(description = "The symbol of the vetoed draft.", nullable = true, examples = "S/2019/961") String draftSymbol,
        @Schema(description = "Symbol of the meeting record.", nullable = true, examples = "S/PV.8697") String meetingRecord,
        @Schema(description = "The day of the vote; the first day where the source gives a range.", examples = "2019-12-20") LocalDate date,
        @Schema(description = "The last day where the source gives a range (\"7-9 January 1980\"); null for a single day.",
                nullable = true) LocalDate dateEnd,
        @Schema(description = "The date as the source wrote it.", nullable = true, examples = "20 December 2019") String dateText,
        @Schema(examples = "2019") int year,
        @Schema(description = "The Council's agenda item, as the source gives it.", nullable = true,
                examples = "The situation in the Middle East") String agendaItem,
        @Schema(description = "The crisis a secondary dataset (world-politics datalab, named in sources) files the draft under; "
                + "q searches it, so q=Syria finds the Syria drafts filed under \"The situation in the Middle East\".",
                nullable = true, examples = "Syria") String crisis,
        @Schema(description = "The region the same dataset files it under.", nullable = true, examples = "Middle East") String region,
        @Schema(description = "The permanent members that voted against.") List<MemberDto> members,
        @Schema(nullable = true) VoteDto vote,
        @Schema(description = "The General Assembly's debate on the veto (resolution 76/262), when one was held.", nullable = true)
        GaDebateDto gaDebate,
        @Schema(description = "Council referrals to the General Assembly under 377 (V) that this veto led to.") List<Ref> referrals,
        @Schema(description = "Emergency special sessions of the General Assembly that took this veto up.") List<Ref> emergencySessions,
        List<Source> sources,
        @Schema(description = "Corrections of the sources and doubts about them, in unref's words.") List<String> notes,
        @Schema(description = "self, draft and meeting (the UN's documents), and the referral and emergency session where there is one.",
                examples = "{\"self\": \"/api/v1/vetoes/s-2019-961\", \"draft\": \"https://undocs.org/S/2019/961\"}")
        Map<String, String> links) {

    @Schema(name = "VetoingMember", description = "A permanent member by ISO 3166 code (the USSR is SU) and name.")
    public record MemberDto(
            @Schema(examples = "RU") String code,
            @Schema(examples = "Russian Federation") String name) {
    }

    @Schema(name = "DocumentLink", description = "A UN document by symbol, and where to read it.")
    public record DocumentLink(
            @Schema(examples = "A/76/PV.77") String symbol,
            @Schema(nullable = true, examples = "https://undocs.org/A/76/PV.77") String link) {
    }

    @Schema(name = "GaDebate", description = "A General Assembly debate held on a veto under resolution 76/262.")
    public record GaDebateDto(
            @Schema(description = "Days of the debate; empty when the sources give none.") List<LocalDate> dates,
            @Schema(description = "Records of the Assembly's meetings.") List<DocumentLink> meetingRecords,
            @Schema(description = "The UN press release on the debate.", nullable = true) DocumentLink pressRelease,
            @Schema(description = "plenary (a meeting under 76/262) or emergency-special-session (taken up in a resumed session).",
                    enumeration = { "plenary", "emergency-special-session" }, nullable = true) String format,
            List<Source> sources,
            List<String> notes) {
    }
}
