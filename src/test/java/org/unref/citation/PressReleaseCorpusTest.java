package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** A real statement, read from the shared corpus (never copied into the repository); skipped when absent. */
class PressReleaseCorpusTest {

    private static final Path PRESS_RELEASE = Paths.get("..", "shared", "corpus", "soc-press-release-icj.txt");

    @Test
    void shouldFindExactlyTheCitationsOfTheCoalitionPressRelease() throws IOException {
        assumeTrue(Files.exists(PRESS_RELEASE), "shared corpus not present");
        String text = Files.readString(PRESS_RELEASE, StandardCharsets.UTF_8);
        List<Citation> citations = new CitationExtractor().extract(text);

        Set<String> ids = citations.stream().map(c -> c.reference().id()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("art-27-3", "a-res-377-v", "s-res-2118-2013", "s-res-2254-2015", "charter")),
                ids, () -> "citations: " + citations);
        for (Citation citation : citations) {
            assertEquals(citation.text(), text.substring(citation.start(), citation.end()));
        }
        Citation article = citations.stream().filter(c -> c.kind() == CitationKind.CHARTER_PROVISION).findFirst()
                .orElseThrow();
        assertEquals("the third paragraph of Article Twenty-Seven", article.text());
    }
}
