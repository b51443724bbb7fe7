package org.unref.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One line of the change log: a record was created, updated or deleted.")
public record ChangeDto(
        @Schema(description = "The change's position in the log: increasing, without gaps, in the order the changes were "
                + "committed. Keep the last one you processed and pass it as `since` to go on from there.", examples = "3312")
        long sequence,
        @Schema(description = "When the change was written (UTC).", examples = "2026-11-29T21:40:12.123456Z") Instant time,
        @Schema(description = "created, updated or deleted.", enumeration = { "created", "updated", "deleted" }, examples = "created")
        String kind,
        @Schema(description = "resolutions, vetoes, statements, charter, emergency-special-sessions or referrals.",
                enumeration = { "resolutions", "vetoes", "statements", "charter", "emergency-special-sessions", "referrals" },
                examples = "resolutions") String collection,
        @Schema(description = "The record's id in its collection (for the Charter: preamble, a chapter's numeral or a "
                + "provision id such as art-27-3).", examples = "s-res-2254-2015") String id,
        @Schema(description = "The path of the record as it is now; null for a deletion.", nullable = true,
                examples = "/api/v1/resolutions/s-res-2254-2015") String link) {

    static ChangeDto of(Change c) {
        ChangedCollection collection = ChangedCollection.of(c.collection);
        return new ChangeDto(c.seq, c.changedAt, c.kind, c.collection, c.recordId,
                ChangeKind.DELETED.label().equals(c.kind) ? null : collection.path(c.recordId));
    }
}
