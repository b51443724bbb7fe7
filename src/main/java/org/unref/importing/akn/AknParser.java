package org.unref.importing.akn;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.unref.importing.akn.AknDocument.AknParagraph;
import org.unref.importing.akn.AknDocument.Link;
import org.unref.importing.akn.AknDocument.Voter;

/**
 * Reads one AKN4UN file (the UN's Akoma Ntoso XML) with StAX into an {@link AknDocument}. Plain Java: no
 * framework, no database. Anything that is not a Security Council resolution or draft resolution in AKN is an
 * {@link AknException} whose message says what is wrong.
 */
public final class AknParser {

    static final String AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Pattern RESOLUTION = Pattern.compile("S/RES/(\\d+) \\((\\d{4})\\)");
    private static final Pattern DRAFT = Pattern.compile("S/\\d{4}/\\d+(?:/Rev\\.\\d+)?");
    private static final Pattern MEETING = Pattern.compile("(\\d+)");
    private static final Pattern CHAPTER_VII = Pattern.compile("\\bActing under (?:Article \\d+ of )?Chapter VII\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile("\\bArticle (\\d+) of (?:Chapter [IVX]+ of )?the Charter\\b");
    private static final Pattern NUMBER = Pattern.compile("[\\s().]+");

    private final XMLInputFactory factory;

    public AknParser() {
        factory = XMLInputFactory.newFactory();
        // A file from outside is never allowed to pull in other files or expand entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public AknDocument parse(InputStream in) {
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(in, "UTF-8");
            return new Run(reader).read();
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new AknException("not well-formed XML" + where + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String m = message.strip();
        int nl = m.lastIndexOf('\n');
        return nl >= 0 ? m.substring(nl + 1).strip() : m;
    }

    /** One pass over one file. */
    private static final class Run {
        private final XMLStreamReader r;
        private final Deque<String> path = new ArrayDeque<>();

        private String symbol;
        private LocalDate workDate;
        private String workIri;
        private LocalDate coverDate;
        private String meetingNumber;
        private String draftSymbol;
        private String sponsorsText;
        private String outcome;
        private String outcomeText;
        private String outcomeAs;
        private String title;
        private String agendaItem;
        private final Set<String> subjects = new LinkedHashSet<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private final List<Voter> voters = new ArrayList<>();
        private final List<String> issues = new ArrayList<>();
        private String countKind;

        private final List<Node> done = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private int ordinal;
        private int preambleCount;
        private int headingCount;
        private int skipDepth;
        private int quotedDepth;
        private int numDepth;
        private StringBuilder capture;
        private String linkHref;
        private Node lastClosed;
        private final Deque<Node> sublistParents = new ArrayDeque<>();

        Run(XMLStreamReader r) {
            this.r = r;
        }

        AknDocument read() throws XMLStreamException {
            boolean first = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (first) {
                        checkRoot();
                        first = false;
                    }
                    start(r.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(r.getLocalName());
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text(r.getText());
                }
            }
            if (first) {
                throw new AknException("the file holds no XML element");
            }
            return build();
        }

        private void checkRoot() {
            if (!"akomaNtoso".equals(r.getLocalName()) || !AKN_NS.equals(r.getNamespaceURI())) {
                throw new AknException("not Akoma Ntoso: the root element is <" + r.getLocalName() + "> in namespace "
                        + (r.getNamespaceURI() == null ? "(none)" : r.getNamespaceURI()) + ", expected <akomaNtoso> in "
                        + AKN_NS);
            }
        }

        private String attr(String name) {
            String v = r.getAttributeValue(null, name);
            return v == null ? null : v.strip();
        }

        private boolean inside(String element) {
            return path.contains(element);
        }

        private void start(String name) {
            path.push(name);
            if (skipDepth > 0 || name.equals("attachments") || name.equals("authorialNote")) {
                // Annexes are documents of their own and footnotes are not the paragraph's words.
                skipDepth++;
                return;
            }
            if (inside("meta")) {
                meta(name);
                return;
            }
            switch (name) {
                case "docNumber" -> capture = new StringBuilder();
                case "inline" -> {
                    if ("adoptionMeeting".equals(attr("name"))) {
                        String t = attr("title");
                        if (t != null && !t.isEmpty()) {
                            meetingNumber = digits(t);
                        } else {
                            capture = new StringBuilder();
                        }
                    }
                }
                case "docDate" -> {
                    if ("#adoptionDate".equals(attr("refersTo"))) {
                        coverDate = date(attr("date"));
                    }
                }
                default -> {
                }
            }
            if (!inside("preamble") && !inside("mainBody")) {
                return;
            }
            if (quotedDepth > 0 || name.equals("quotedStructure")) {
                quotedDepth++;
                return;
            }
            switch (name) {
                case "formula" -> skipDepth++; // "The Security Council," opens every text; it is not a paragraph
                case "container" -> {
                    if (inside("preamble") && open.isEmpty()) {
                        openNode("preamble", attr("eId"));
                    }
                }
                case "paragraph" -> openNode(open.isEmpty() && inside("mainBody") ? "operative" : "sub", attr("eId"));
                case "point", "item" -> openNode("sub", attr("eId"));
                case "sublist" -> sublistParents.push(lastClosed == null ? NO_NODE : lastClosed);
                case "num" -> numDepth++;
                case "a" -> linkHref = attr("href");
                case "p", "listIntroduction", "intro", "wrapUp", "subheading" -> appendText(" ");
                default -> {
                }
            }
            if (name.equals("a") && linkHref != null && !open.isEmpty()) {
                open.peek().text.markLink(linkHref);
            }
        }

        private void meta(String name) {
            switch (name) {
                case "FRBRdate" -> {
                    if (path.contains("FRBRWork")) {
                        workDate = date(attr("date"));
                    }
                }
                case "FRBRuri" -> {
                    // The work's IRI as the file writes it; never built from the symbol or the date.
                    if (path.contains("FRBRWork") && workIri == null) {
                        workIri = emptyToNull(attr("value"));
                    }
                }
                case "keyword" -> keyword();
                case "step" -> step();
                case "count" -> {
                    countKind = attr("refersTo");
                    try {
                        counts.put(countKind, Integer.parseInt(attr("value")));
                    } catch (NumberFormatException | NullPointerException e) {
                        throw new AknException("the vote count '" + countKind + "' has no numeric value");
                    }
                }
                case "organization" -> {
                    if (countKind != null) {
                        capture = new StringBuilder();
                    }
                }
                default -> {
                }
            }
        }

        private void keyword() {
            String refersTo = attr("refersTo");
            String dictionary = attr("dictionary");
            String value = collapse(attr("value"));
            if ("title".equals(refersTo) && title == null) {
                title = value;
            } else if ("agenda".equals(refersTo) && "S/".equals(dictionary) && agendaItem == null) {
                String showAs = collapse(attr("showAs"));
                agendaItem = showAs.endsWith(".") ? showAs.substring(0, showAs.length() - 1) : showAs;
            } else if ("UNBIS Thesaurus".equals(dictionary) && refersTo == null && !value.isEmpty()
                    && value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
                // Upper case is the library's index; lower-case UNBIS entries are automatic tags beside EuroVoc/SDG.
                subjects.add(value);
            }
        }

        private void step() {
            String stepOutcome = attr("outcome");
            if (stepOutcome == null) {
                return;
            }
            if (stepOutcome.equals("draftResolution")) {
                draftSymbol = emptyToNull(attr("as"));
                sponsorsText = emptyToNull(attr("by"));
            } else if (!stepOutcome.equals("draftResolutionAdditionalSponsors")) {
                outcome = stepOutcome;
                outcomeText = emptyToNull(collapse(attr("by")));
                outcomeAs = emptyToNull(attr("as"));
                LocalDate d = date(attr("date"));
                if (d != null && workDate != null && !d.equals(workDate)) {
                    issues.add("its workflow step is dated " + d + " against the adoption date " + workDate);
                }
            }
        }

        private void end(String name) {
            path.pop();
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (name.equals("docNumber") && capture != null) {
                symbol = collapse(capture.toString());
                capture = null;
            } else if (name.equals("inline") && capture != null && meetingNumber == null && !inside("meta")) {
                meetingNumber = digits(capture.toString());
                capture = null;
            } else if (name.equals("organization") && capture != null) {
                voter(collapse(capture.toString()));
                capture = null;
            } else if (name.equals("count")) {
                countKind = null;
            }
            if (quotedDepth > 0) {
                quotedDepth--;
                return;
            }
            switch (name) {
                case "container" -> {
                    if (!open.isEmpty() && open.peek().kind.equals("preamble") && open.size() == 1) {
                        closeNode();
                    }
                }
                case "paragraph", "point", "item" -> {
                    if (!open.isEmpty()) {
                        closeNode();
                    }
                }
                case "num" -> numDepth--;
                case "sublist" -> sublistParents.pop();
                case "a" -> {
                    if (!open.isEmpty() && linkHref != null) {
                        open.peek().text.endLink();
                    }
                    linkHref = null;
                }
                case "p", "listIntroduction", "intro", "wrapUp" -> appendText(" ");
                case "subheading" -> {
                    if (!open.isEmpty()) {
                        open.peek().heading = true;
                    }
                }
                default -> {
                }
            }
        }

        private void text(String chars) {
            if (skipDepth > 0) {
                return;
            }
            if (capture != null) {
                capture.append(chars);
                return;
            }
            if (open.isEmpty()) {
                return;
            }
            if (numDepth > 0 && quotedDepth == 0) {
                open.peek().number.append(chars);
            } else {
                open.peek().text.append(chars);
            }
        }

        private void appendText(String s) {
            if (!open.isEmpty() && skipDepth == 0) {
                open.peek().text.append(s);
            }
        }

        private void voter(String name) {
            String code = MemberStates.code(name).orElseThrow(() -> new AknException("unknown member-state name '" + name
                    + "' in the '" + countKind + "' voter list; add it to MemberStates"));
            String vote = switch (countKind) {
                case "inFavour" -> "yes";
                case "against" -> "no";
                case "abstaining" -> "abstain";
                default -> throw new AknException("unknown vote count kind '" + countKind + "'");
            };
            voters.add(new Voter(code, name, vote));
        }

        private void openNode(String kind, String eId) {
            Node parent = open.peek();
            // A sublist follows the point it belongs to as a sibling: its points are that point's children.
            if (!sublistParents.isEmpty() && sublistParents.peek().parent == parent && sublistParents.peek() != NO_NODE) {
                parent = sublistParents.peek();
            }
            Node node = new Node(kind, eId, ++ordinal, parent);
            open.push(node);
        }

        private void closeNode() {
            Node node = open.pop();
            done.add(node);
            lastClosed = node;
        }

        private AknDocument build() {
            if (symbol == null) {
                throw new AknException("the AKN file has no <docNumber>, so it names no document");
            }
            Matcher res = RESOLUTION.matcher(symbol);
            boolean resolution = res.matches();
            if (!resolution && !DRAFT.matcher(symbol).matches()) {
                throw new AknException("AKN document " + symbol + " is not a Security Council resolution (S/RES/N (YYYY)) "
                        + "or draft resolution (S/YYYY/N)");
            }
            if (!resolution && (outcome == null || outcome.equals("adopted"))) {
                throw new AknException("AKN document " + symbol + " is not a resolution and records no failed vote");
            }
            if (resolution && !"adopted".equals(outcome)) {
                throw new AknException("resolution " + symbol + " has no 'adopted' workflow step");
            }
            LocalDate date = workDate != null ? workDate : coverDate;
            if (date == null) {
                throw new AknException(symbol + " gives no adoption date (FRBRWork/FRBRdate)");
            }
            if (coverDate != null && !coverDate.equals(date)) {
                issues.add("the cover page gives adoption date " + coverDate + " against " + date + " in the metadata");
            }
            Integer number = resolution ? Integer.valueOf(res.group(1)) : null;
            Integer year = resolution ? Integer.valueOf(res.group(2)) : null;
            if (year != null && year != date.getYear()) {
                throw new AknException(symbol + " is dated " + date + ", outside the year its symbol names");
            }
            String meeting = meetingNumber != null ? "S/PV." + meetingNumber : null;
            if (meeting == null && outcomeAs != null && outcomeAs.startsWith("S/PV")) {
                meeting = "S/PV." + digits(outcomeAs);
            }
            for (String kind : List.of("inFavour", "against", "abstaining")) {
                Integer declared = counts.get(kind);
                long named = voters.stream().filter(v -> v.vote().equals(kind.equals("inFavour") ? "yes"
                        : kind.equals("against") ? "no" : "abstain")).count();
                if (declared != null && declared != named) {
                    issues.add("its '" + kind + "' count reads " + declared + " but names " + named
                            + " members (the named members are counted)");
                }
            }
            String lowOutcome = outcomeText == null ? "" : outcomeText.toLowerCase(java.util.Locale.ROOT);
            boolean withoutVote = lowOutcome.contains("without vote") || lowOutcome.contains("by acclamation");
            List<AknParagraph> paragraphs = paragraphs();
            String body = String.join(" ", paragraphs.stream().map(AknParagraph::text).toList());
            boolean chapterVII = CHAPTER_VII.matcher(body).find();
            TreeSet<Integer> articles = new TreeSet<>();
            Matcher a = ARTICLE.matcher(body);
            while (a.find()) {
                articles.add(Integer.parseInt(a.group(1)));
            }
            return new AknDocument(symbol, number, year, date, meeting, draftSymbol, sponsors(sponsorsText), outcome,
                    outcomeText, withoutVote, Map.copyOf(counts), List.copyOf(voters), title, agendaItem,
                    List.copyOf(subjects), chapterVII, articles.stream().map(n -> "art-" + n).toList(), paragraphs,
                    List.copyOf(issues), workIri);
        }

        /** Paragraphs in reading order, with ids from their kind and number, unique within the text. */
        private List<AknParagraph> paragraphs() {
            done.sort(java.util.Comparator.comparingInt(n -> n.ordinal));
            Set<String> used = new HashSet<>();
            List<AknParagraph> out = new ArrayList<>();
            for (Node n : done) {
                String number = cleanNumber(n.number.toString());
                String text = n.text.toString();
                if (n.kind.equals("operative") && number == null && n.heading) {
                    n.kind = "heading";
                }
                if (text.isEmpty() && number == null) {
                    continue;
                }
                String id = switch (n.kind) {
                    case "preamble" -> "pp-" + (++preambleCount);
                    case "heading" -> "h-" + (++headingCount);
                    case "operative" -> number != null ? "op-" + number : "op-u" + n.ordinal;
                    default -> (n.parent == null || n.parent.id == null ? "sub" : n.parent.id) + "-"
                            + (number != null ? number : "u" + n.ordinal);
                };
                String unique = id;
                for (int k = 2; !used.add(unique); k++) {
                    unique = id + "-" + k;
                }
                n.id = unique;
                out.add(new AknParagraph(unique, n.eId, out.size() + 1, n.kind, number,
                        n.parent == null ? null : n.parent.id, text, n.text.links()));
            }
            return List.copyOf(out);
        }
    }

    private static final Node NO_NODE = new Node("none", null, 0, null);

    /** A paragraph being read. */
    private static final class Node {
        String kind;
        final String eId;
        final int ordinal;
        final Node parent;
        final StringBuilder number = new StringBuilder();
        final CollapsingText text = new CollapsingText();
        boolean heading;
        String id;

        Node(String kind, String eId, int ordinal, Node parent) {
            this.kind = kind;
            this.eId = eId;
            this.ordinal = ordinal;
            this.parent = parent;
        }
    }

    /** Text with every run of white space read as one space, trimmed, and link spans kept in its offsets. */
    static final class CollapsingText {
        private final StringBuilder sb = new StringBuilder();
        private final List<Link> links = new ArrayList<>();
        private boolean pendingSpace;
        private String href;
        private int linkStart = -1;

        void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && sb.length() > 0) {
                    sb.append(' ');
                }
                pendingSpace = false;
                if (href != null && linkStart < 0) {
                    linkStart = sb.length();
                }
                sb.append(c);
            }
        }

        void markLink(String target) {
            href = target;
            linkStart = -1;
        }

        void endLink() {
            if (href != null && linkStart >= 0) {
                links.add(new Link(linkStart, sb.length(), href));
            }
            href = null;
            linkStart = -1;
        }

        List<Link> links() {
            return List.copyOf(links);
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    static String cleanNumber(String raw) {
        String n = NUMBER.matcher(raw).replaceAll("");
        return n.isEmpty() ? null : n.toLowerCase(java.util.Locale.ROOT);
    }

    static List<String> sponsors(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = collapse(text);
        List<String> out = new ArrayList<>();
        for (String part : t.split(",| and (?=[^,]*$)")) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String digits(String s) {
        Matcher m = MEETING.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static LocalDate date(String iso) {
        if (iso == null || iso.isEmpty() || iso.startsWith("0001")) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new AknException("unreadable date '" + iso + "'");
        }
    }

    private static String collapse(String s) {
        return s == null ? "" : String.join(" ", s.strip().split("\\s+")).strip();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
