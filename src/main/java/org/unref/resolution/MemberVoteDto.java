package org.unref.resolution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one member voted. */
@Schema(name = "MemberVote", description = "How one Council member voted.")
public record MemberVoteDto(
        @Schema(description = "ISO 3166-1 alpha-2 code (the USSR is SU).", examples = "RU") String code,
        @Schema(description = "The member's name as the source writes it.", examples = "RUSSIAN FEDERATION") String name,
        @Schema(enumeration = { "yes", "no", "abstain", "non-voting" }, examples = "abstain") String vote) {
}
