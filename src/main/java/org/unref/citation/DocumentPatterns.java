package org.unref.citation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts ("draft resolution S/2019/961"), meeting records ("S/PV.8697", "S/PV.8697 (Resumption 1)",
 * "A/ES-11/PV.1") and emergency special sessions ("the tenth emergency special session", "ES-11 session").
 *
 * <p>
 * "S/2019/961" alone is any Council document (reports, letters, drafts), so it is cited as a draft only when the
 * text says "draft" just before it; other documents are left out rather than given a kind they may not have.
 */
final class DocumentPatterns implements CitationFinder {

    private static final Pattern SC_DOCUMENT = Pattern
            .compile("(?<![\\p{L}\\p{N}/])S/(?<year>(?:19|20)\\d\\d)/(?<n>[1-9]\\d{0,4})(?![\\p{L}\\p{N}]|/\\w|\\.\\d)");

    private static final Pattern DRAFT_BEFORE = Pattern.compile("(?<![\\p{L}])[Dd]raft(?:[\\s\\u00A0\\u202F]+resolutions?)?[\\s\\u00A0\\u202F]*"
            + "(?:\\([\\s\\u00A0\\u202F]*|,?[\\s\\u00A0\\u202F]*(?:as[\\s\\u00A0\\u202F]+)?contained[\\s\\u00A0\\u202F]+in[\\s\\u00A0\\u202F]+(?:document[\\s\\u00A0\\u202F]+)?|,?[\\s\\u00A0\\u202F]*in[\\s\\u00A0\\u202F]+document[\\s\\u00A0\\u202F]+|document[\\s\\u00A0\\u202F]+)?\\z");

    private static final Pattern MEETING = Pattern.compile("(?<![\\p{L}\\p{N}/])(?<symbol>S/PV\\.[1-9]\\d{0,4}"
            + "|A/(?:ES-[1-9]\\d?/|[1-9]\\d/)PV\\.[1-9]\\d{0,3})(?![\\p{N}])"
            + "(?<resumption>[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*Resumption(?:[\\s\\u00A0\\u202F]+[1-9]\\d?)?[\\s\\u00A0\\u202F]*\\))?");

    private static final Pattern SESSION = Pattern.compile("(?<![\\p{L}\\p{N}])(?<ordinal>(?i:(?:twenty|thirty)[-[\\s\\u00A0\\u202F]])?"
            + "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
            + "|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)|[1-9]\\d?(?:st|nd|rd|th))"
            + "[\\s\\u00A0\\u202F]+(?:(?i:resumed)[\\s\\u00A0\\u202F]+)?(?i:emergency[\\s\\u00A0\\u202F]+special[\\s\\u00A0\\u202F]+session)(?![\\p{L}])");

    private static final Pattern ES_SESSION = Pattern.compile("(?<![\\p{L}\\p{N}/-])ES-(?<n>[1-9]\\d?)(?![\\p{N}/-])"
            + "(?=[\\s\\u00A0\\u202F]+(?:session|emergency[\\s\\u00A0\\u202F]+special[\\s\\u00A0\\u202F]+session)(?![\\p{L}]))");

    private static final Triggers.Words MEETING_PREFIXES = new Triggers.Words("S/PV.", "A/");
    private static final Triggers.Words EMERGENCY = new Triggers.Words("mergency", "MERGENCY");
    private static final Triggers.Words ES = new Triggers.Words("ES-");
    private static final Triggers.Words SC_DOCUMENT_PREFIX = new Triggers.Words("S/");

    @Override
    public List<Triggers.Words> words() {
        return List.of(MEETING_PREFIXES, EMERGENCY, ES, SC_DOCUMENT_PREFIX);
    }

    @Override
    public void find(String text, Triggers triggers, List<Citation> out) {
        findDrafts(text, triggers, out);
        Matcher meeting = MEETING.matcher(text);
        triggers.forEach(MEETING_PREFIXES, position -> {
            if (Triggers.matchesAt(meeting, text, position)) {
                citeMeeting(text, meeting, out);
            }
        });
        Matcher session = SESSION.matcher(text);
        triggers.forEach(EMERGENCY, position -> {
            // The ordinal comes first: retry from each word start in the few words before "emergency".
            for (int start = Math.max(0, position - 40); start < position; start++) {
                if (Triggers.matchesAt(session, text, start)) {
                    int number = NumberWords.ordinal(session.group("ordinal"));
                    if (number > 0) {
                        out.add(Citation.of(text, session.start(), session.end(),
                                CitationKind.EMERGENCY_SPECIAL_SESSION, Reference.emergencySpecialSession(number),
                                null));
                    }
                    return;
                }
            }
        });
        Matcher es = ES_SESSION.matcher(text);
        triggers.forEach(ES, position -> {
            if (Triggers.matchesAt(es, text, position)) {
                out.add(Citation.of(text, es.start(), es.end(), CitationKind.EMERGENCY_SPECIAL_SESSION,
                        Reference.emergencySpecialSession(Integer.parseInt(es.group("n"))), null));
            }
        });
    }

    private static void citeMeeting(String text, Matcher meeting, List<Citation> out) {
        {
            String symbol = meeting.group("symbol");
            if (meeting.group("resumption") != null) {
                symbol += " (" + meeting.group("resumption").replaceAll("[()]", "").trim().replaceAll("[\\s\\u00A0\\u202F]+", " ")
                        + ")";
            }
            out.add(Citation.of(text, meeting.start(), meeting.end(), CitationKind.MEETING_RECORD,
                    Reference.document(symbol), null));
        }
    }

    private void findDrafts(String text, Triggers triggers, List<Citation> out) {
        Matcher document = SC_DOCUMENT.matcher(text);
        triggers.forEach(SC_DOCUMENT_PREFIX, position -> {
            if (Triggers.matchesAt(document, text, position)
                    && Lookback.endingAt(DRAFT_BEFORE, text, position, 60) != null) {
                out.add(Citation.of(text, document.start(), document.end(), CitationKind.DRAFT,
                        Reference.document(document.group()), null));
            }
        });
    }
}
