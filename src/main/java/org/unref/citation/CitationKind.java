package org.unref.citation;

/** What a citation points at; the resolver uses it to pick the collection to look in. */
public enum CitationKind {
    RESOLUTION,
    CHARTER_PROVISION,
    CHARTER_CHAPTER,
    CHARTER,
    NAMED_INSTRUMENT,
    DRAFT,
    MEETING_RECORD,
    EMERGENCY_SPECIAL_SESSION,
    /** Any other UN document a resolution links to by symbol (a letter, a report, a presidential statement). */
    DOCUMENT
}
