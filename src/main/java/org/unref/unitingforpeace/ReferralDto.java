package org.unref.unitingforpeace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;
import org.unref.common.VoteDto;

@Schema(name = "Referral", description = "A Security Council resolution that referred a question to the General Assembly "
        + "under resolution 377 (V), after a veto left the Council unable to act.")
public record ReferralDto(
        @Schema(description = "The slug of the referring resolution's symbol.", examples = "s-res-119-1956") String id,
        @Schema(description = "The referring resolution.") Ref resolution,
        @Schema(description = "Date of adoption.", examples = "1956-10-31") LocalDate date,
        @Schema(description = "Symbol of the meeting record.", nullable = true, examples = "S/PV.751") String meetingRecord,
        @Schema(nullable = true) VoteDto vote,
        @Schema(description = "The vetoes that left the Council unable to act.") List<Ref> triggeringVetoes,
        @Schema(description = "The meetings at which they were cast, as the resolution names them.", examples = "[\"S/PV.749\", \"S/PV.750\"]")
        List<String> triggeringMeetings,
        @Schema(description = "The emergency special session it convened; null when the question went to a regular session.",
                nullable = true) Ref emergencySession,
        @Schema(description = "What the question was about.", nullable = true, examples = "Suez crisis") String subject,
        List<Source> sources,
        @Schema(description = "Corrections of the sources and doubts about them, in unref's words.") List<String> notes,
        @Schema(description = "self, resolution (unref's record), document (the UN's text), meeting and emergencySession.")
        Map<String, String> links) {
}
