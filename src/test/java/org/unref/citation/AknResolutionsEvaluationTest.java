package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;
import org.unref.common.Slugs;

/**
 * Recall and precision against the UN's own links: the AKN4UN files mark each cited document with
 * {@code <a href="https://undocs.org/...">}. Unit of count: the set of (document, resolution id) pairs, because a
 * resolution cited twice in one document is one fact for the resolver, and the AKN markup does not link every
 * repetition. Only resolution symbols (S/RES/..., A/RES/...) are compared. Skipped when the shared data is absent.
 */
class AknResolutionsEvaluationTest {

    private static final Path AKN = Paths.get("..", "shared", "data", "akn");

    /** Elements that run inside a line of text; every other element ends a block, so it gets a line break. */
    private static final Set<String> INLINE = Set.of("a", "span", "inline", "i", "b", "u", "sup", "sub", "ref",
            "docDate", "term", "abbr", "mref", "date", "organization", "location", "person", "role", "quantity",
            "def", "entity", "docNumber", "docTitle", "docStatus", "docAuthority", "noteRef", "rref", "concept");

    record Document(String name, String text, Set<String> linked) {
    }

    @Test
    void shouldFindTheResolutionsTheUnLinksWithHighRecallAndPrecision() throws IOException, XMLStreamException {
        assumeTrue(Files.isDirectory(AKN), "shared AKN data not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(AKN)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
        }
        assumeTrue(!files.isEmpty(), "no AKN files");
        CitationExtractor extractor = new CitationExtractor();
        int truePositives = 0;
        int linkedTotal = 0;
        int extractedTotal = 0;
        List<String> misses = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (Path file : files) {
            Document document = read(file);
            Set<String> found = extractor.extract(document.text()).stream()
                    .filter(c -> c.kind() == CitationKind.RESOLUTION || c.kind() == CitationKind.NAMED_INSTRUMENT)
                    .map(c -> c.reference().id())
                    .filter(id -> id != null && (id.startsWith("s-res-") || id.startsWith("a-res-")))
                    .collect(Collectors.toCollection(TreeSet::new));
            linkedTotal += document.linked().size();
            extractedTotal += found.size();
            for (String id : document.linked()) {
                if (found.contains(id)) {
                    truePositives++;
                } else {
                    misses.add(document.name() + ": " + id + context(document.text(), id));
                }
            }
            for (String id : found) {
                if (!document.linked().contains(id)) {
                    extras.add(document.name() + ": " + id + context(document.text(), id));
                }
            }
        }
        double recall = linkedTotal == 0 ? 1 : (double) truePositives / linkedTotal;
        double precision = extractedTotal == 0 ? 1 : (double) truePositives / extractedTotal;
        System.out.printf("AKN evaluation over %d files: recall %.4f (%d/%d), precision %.4f (%d/%d)%n", files.size(),
                recall, truePositives, linkedTotal, precision, truePositives, extractedTotal);
        misses.forEach(miss -> System.out.println("MISS  " + miss));
        extras.forEach(extra -> System.out.println("EXTRA " + extra));
        assertTrue(recall >= 0.98, "recall " + recall);
        assertTrue(precision >= 0.98, "precision " + precision);
    }

    /** A few words around the first place the number appears, to study misses by eye. */
    private static String context(String text, String id) {
        String[] parts = id.split("-");
        String number = id.startsWith("a-res-") ? parts[parts.length - 1] : parts[2];
        int at = text.indexOf(number);
        return at < 0 ? "" : "  [" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 30))
                .replaceAll("\\s+", " ") + "]";
    }

    /** The text of the preamble and body (not the metadata or cover page) and the resolution symbols linked there. */
    static Document read(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        StringBuilder text = new StringBuilder();
        Set<String> linked = new TreeSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            int skipDepth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (skipDepth > 0 || name.equals("meta") || name.equals("coverPage")) {
                        skipDepth++;
                        continue;
                    }
                    if (name.equals("a")) {
                        String symbol = symbolOf(reader.getAttributeValue(null, "href"));
                        if (symbol != null) {
                            linked.add(Slugs.of(symbol));
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (!INLINE.contains(reader.getLocalName())) {
                        text.append('\n');
                    }
                } else if (skipDepth == 0 && (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                    text.append(reader.getText());
                }
            }
        }
        return new Document(file.getFileName().toString(), text.toString(), linked);
    }

    /** "https://undocs.org/en/S/RES/2250(2015)" -> "S/RES/2250(2015)"; null for anything but a resolution. */
    static String symbolOf(String href) {
        if (href == null || !href.contains("undocs.org/")) {
            return null;
        }
        String symbol = URLDecoder.decode(href.substring(href.indexOf("undocs.org/") + "undocs.org/".length()),
                StandardCharsets.UTF_8);
        symbol = symbol.replaceFirst("^(?:en|fr|es|ar|ru|zh)/", "").trim();
        return symbol.startsWith("S/RES/") || symbol.startsWith("A/RES/") ? symbol : null;
    }
}
