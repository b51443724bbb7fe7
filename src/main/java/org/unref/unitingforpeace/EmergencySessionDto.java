package org.unref.unitingforpeace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;
import org.unref.common.Source;

@Schema(name = "EmergencySpecialSession", description = "An emergency special session of the General Assembly.")
public record EmergencySessionDto(
        @Schema(examples = "11") int number,
        @Schema(examples = "Eleventh emergency special session") String title,
        @Schema(description = "What the session was about, in unref's short words.", examples = "Ukraine") String topic,
        @Schema(description = "Opening day; null where the sources disagree.", nullable = true, examples = "2022-02-28") LocalDate dateStart,
        @Schema(description = "The last meeting known from the sources.", nullable = true, examples = "2025-02-24") LocalDate dateEnd,
        @Schema(description = "The session was suspended and resumed.") boolean resumed,
        @Schema(description = "security-council (a Council referral) or general-assembly-members (a request by a majority of Members).",
                enumeration = { "security-council", "general-assembly-members" }, examples = "security-council") String convenedBy,
        @Schema(description = "The Council resolution that convened it.", nullable = true) Ref convenedUnder,
        @Schema(description = "The Council's referral that convened it.", nullable = true) Ref referral,
        @Schema(description = "The document requesting the session, where one was read.", nullable = true) String request,
        @Schema(description = "The vetoes that led to the session or that it took up.") List<Ref> triggeringVetoes,
        @Schema(description = "Resolutions adopted at the session, where a source gave them (links are null for those unref does not hold).")
        List<Ref> resolutions,
        List<Source> sources,
        @Schema(description = "Corrections of the sources and doubts about them, in unref's words.") List<String> notes,
        @Schema(description = "self, and the referral where the Council convened it.",
                examples = "{\"self\": \"/api/v1/emergency-special-sessions/11\"}") Map<String, String> links) {
}
