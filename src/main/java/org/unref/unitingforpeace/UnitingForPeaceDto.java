package org.unref.unitingforpeace;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.unref.common.Ref;

@Schema(name = "UnitingForPeace", description = "General Assembly resolution 377 (V) \"Uniting for Peace\" and the Security "
        + "Council's referrals to the Assembly under it.")
public record UnitingForPeaceDto(
        @Schema(description = "Resolution 377 (V) itself.") Ref resolution,
        @Schema(description = "The day the Assembly adopted it, from the resolution record.", nullable = true, examples = "1950-11-03")
        LocalDate adoptionDate,
        @Schema(description = "The Council's referrals, oldest first.") List<ReferralDto> referrals,
        @Schema(description = "self, resolution and emergencySpecialSessions.",
                examples = "{\"self\": \"/api/v1/uniting-for-peace\", \"resolution\": \"/api/v1/resolutions/a-res-377-v\"}")
        Map<String, String> links) {
}
