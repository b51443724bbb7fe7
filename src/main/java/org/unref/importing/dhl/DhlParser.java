package org.unref.importing.dhl;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the Dag Hammarskjöld Library's HTML tables with jsoup: the Council's meetings of a year
 * (scactYYYY_table_en.html) and the veto list (scact_veto_table_en.html). Plain Java; columns are found by their
 * headings, so the older four-column tables read like the newer five-column ones.
 */
public final class DhlParser {

    private static final Pattern YEAR_TITLE = Pattern.compile("Meetings conducted\\s+by the Security Council in (\\d{4})");
    private static final Pattern RESOLUTION = Pattern.compile("S/RES/(\\d+)\\s*\\((\\d{4})\\)");
    private static final Pattern TALLY = Pattern.compile("(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})");
    private static final Pattern DAY_MONTH = Pattern.compile("^(\\d{1,2})\\s+([A-Za-z]+)\\.?$");
    private static final Pattern VETO_DATE = Pattern.compile("^(\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?\\s+([A-Za-z]+)\\s+(\\d{2}|\\d{4})$");
    private static final Pattern MEETING = Pattern.compile("S/PV\\.\\d+");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The page's bytes; jsoup reads the character set from the page itself. */
    public DhlPage parse(byte[] html) {
        Document doc;
        try {
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), null, "https://research.un.org/");
        } catch (java.io.IOException e) {
            throw new DhlException("unreadable HTML: " + e.getMessage());
        }
        String text = doc.text();
        if (text.contains("Security Council - Veto List")) {
            return vetoes(doc);
        }
        Matcher year = YEAR_TITLE.matcher(text);
        if (year.find()) {
            return meetings(doc, Integer.parseInt(year.group(1)));
        }
        throw new DhlException("not a Dag Hammarskjöld Library veto list or meetings table (no 'Security Council - Veto List' "
                + "or 'Meetings conducted by the Security Council in YYYY' title)");
    }

    private DhlPage.Meetings meetings(Document doc, int year) {
        List<DhlPage.ResolutionRow> out = new ArrayList<>();
        Map<String, Integer> columns = null;
        for (Element row : doc.select("tr")) {
            Elements ths = row.select("th");
            if (ths.size() >= 4) {
                columns = columns(ths);
                continue;
            }
            Elements tds = row.select("td");
            if (columns == null || tds.size() < columns.size()) {
                continue;
            }
            String meeting = cell(tds, columns, "meeting");
            Matcher m = meeting == null ? null : MEETING.matcher(meeting);
            String meetingRecord = m != null && m.find() ? m.group() : null;
            LocalDate date = dayMonth(cell(tds, columns, "date"), year);
            String press = cell(tds, columns, "press");
            String topic = cell(tds, columns, "topic");
            String outcome = cell(tds, columns, "outcome");
            if (outcome == null) {
                continue;
            }
            Matcher r = RESOLUTION.matcher(outcome);
            List<int[]> spans = new ArrayList<>();
            while (r.find()) {
                spans.add(new int[] { r.start(), r.end(), Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)) });
            }
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : outcome.length();
                String after = outcome.substring(s[1], end);
                int draft = after.indexOf("Draft resolution");
                if (draft >= 0) {
                    after = after.substring(0, draft);
                }
                Matcher t = TALLY.matcher(after);
                String low = after.toLowerCase(Locale.ROOT);
                if (t.find()) {
                    out.add(new DhlPage.ResolutionRow(s[2], s[3], date, meetingRecord, blankToNull(press), blankToNull(topic),
                            "recorded", Integer.valueOf(t.group(1)), Integer.valueOf(t.group(2)), Integer.valueOf(t.group(3)),
                            t.group()));
                } else {
                    String method = low.contains("unanimous") ? "unanimous"
                            : low.contains("without vote") || low.contains("without a vote") ? "without-vote" : null;
                    out.add(new DhlPage.ResolutionRow(s[2], s[3], date, meetingRecord, blankToNull(press), blankToNull(topic),
                            method, null, null, null, method == null ? null : after.strip()));
                }
            }
        }
        return new DhlPage.Meetings(year, out);
    }

    private static Map<String, Integer> columns(Elements ths) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < ths.size(); i++) {
            String h = ths.get(i).text().toLowerCase(Locale.ROOT);
            if (h.contains("meeting") || h.contains("written")) {
                columns.put("meeting", i);
            } else if (h.contains("date")) {
                columns.put("date", i);
            } else if (h.contains("press")) {
                columns.put("press", i);
            } else if (h.contains("topic") || h.contains("agenda")) {
                columns.put("topic", i);
            } else if (h.contains("outcome")) {
                columns.put("outcome", i);
            } else if (h.contains("draft")) {
                columns.put("draft", i);
            } else if (h.contains("permanent")) {
                columns.put("members", i);
            }
        }
        return columns;
    }

    private static String cell(Elements tds, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= tds.size() ? null : tds.get(i).text().replace('\u00A0', ' ').strip();
    }

    private DhlPage.Vetoes vetoes(Document doc) {
        List<DhlPage.VetoRow> out = new ArrayList<>();
        Map<String, Integer> columns = null;
        for (Element row : doc.select("tr")) {
            Elements ths = row.select("th");
            if (ths.size() >= 4) {
                columns = columns(ths);
                continue;
            }
            Elements tds = row.select("td");
            if (columns == null || tds.size() < 5) {
                continue;
            }
            String dateText = cell(tds, columns, "date");
            Matcher d = dateText == null ? null : VETO_DATE.matcher(dateText);
            if (d == null || !d.matches()) {
                continue;
            }
            String yearText = d.group(4);
            // The list writes one year with two digits ("30 January 86"); every such year is in the 1900s.
            int year = yearText.length() == 2 ? 1900 + Integer.parseInt(yearText) : Integer.parseInt(yearText);
            LocalDate first = date(d.group(1), d.group(3), year);
            LocalDate last = d.group(2) == null ? null : date(d.group(2), d.group(3), year);
            String draft = blankToNull(tds.get(columns.get("draft")).select("a").text().strip());
            if (draft != null && draft.contains(" ")) {
                draft = draft.substring(0, draft.indexOf(' '));
            }
            if (draft != null && draft.startsWith("S/PV")) {
                draft = null; // the cell links the meeting record where the draft has no symbol of its own
            }
            Matcher m = MEETING.matcher(cell(tds, columns, "meeting"));
            String meeting = m.find() ? m.group() : null;
            out.add(new DhlPage.VetoRow(first, last, dateText, draft, meeting, blankToNull(cell(tds, columns, "topic")),
                    members(tds.get(columns.get("members")).text())));
        }
        return new DhlPage.Vetoes(out);
    }

    static List<String> members(String text) {
        TreeSet<String> codes = new TreeSet<>();
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("ussr")) {
            codes.add("SU");
        }
        if (t.contains("russian federation")) {
            codes.add("RU");
        }
        if (t.contains("usa") || t.contains("united states")) {
            codes.add("US");
        }
        if (t.matches(".*\\buk\\b.*") || t.contains("united kingdom")) {
            codes.add("GB");
        }
        if (t.contains("france")) {
            codes.add("FR");
        }
        if (t.contains("china")) {
            codes.add("CN");
        }
        if (codes.isEmpty()) {
            throw new DhlException("unknown permanent member in the veto list: '" + text + "'");
        }
        return List.copyOf(codes);
    }

    private static LocalDate dayMonth(String text, int year) {
        if (text == null) {
            return null;
        }
        Matcher m = DAY_MONTH.matcher(text.strip());
        return m.matches() ? date(m.group(1), m.group(2), year) : null;
    }

    private static LocalDate date(String day, String month, int year) {
        String name = month.length() <= 4 ? expand(month) : month;
        try {
            return LocalDate.parse(Integer.parseInt(day) + " " + name + " " + year, MONTH);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String expand(String month) {
        for (java.time.Month m : java.time.Month.values()) {
            String full = m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            if (full.toLowerCase(Locale.ROOT).startsWith(month.toLowerCase(Locale.ROOT).replace(".", ""))) {
                return full;
            }
        }
        return month;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.strip().equals("--") ? null : s.strip();
    }
}
