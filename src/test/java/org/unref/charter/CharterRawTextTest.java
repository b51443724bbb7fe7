package org.unref.charter;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served Charter against the raw un.org text in ../shared/data: every served text is a line of the raw
 * file and every line of it is served, once, in the same order; the one difference is the mended typo.
 */
@QuarkusTest
class CharterRawTextTest {

    private static final Path RAW = Path.of("..", "shared", "data", "charter", "raw_un_charter_en.txt");
    private static final Pattern HEADING = Pattern.compile(
            "Chapter [IVXL]+: .+|Article \\d+|COMPOSITION|FUNCTIONS AND POWERS|VOTING|PROCEDURE");

    @Test
    void shouldServeEveryRawLineOnceInOrderWithOnlyTheTypoMended() throws IOException {
        Assumptions.assumeTrue(Files.exists(RAW), "the shared reference data is not here");
        List<String> raw = Files.readAllLines(RAW, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isEmpty() && !HEADING.matcher(line).matches())
                .map(line -> line.replace("Chapter Vll", "Chapter VII"))
                .toList();
        assertEquals(servedTexts(), raw);
    }

    @Test
    void shouldServeTheCountsOfTheCharter() {
        List<Map<String, Object>> articles = articles();
        assertEquals(111, articles.size());
        assertEquals(59, articles.stream().filter(a -> ((List<?>) a.get("paragraphs")).isEmpty()
                && ((List<?>) a.get("items")).isEmpty()).count(), "articles of one unnumbered paragraph");
        assertEquals(129, articles.stream().mapToInt(a -> ((List<?>) a.get("paragraphs")).size()).sum(), "numbered paragraphs");
        assertEquals(8, articles.stream().flatMap(a -> paragraphs(a).stream())
                .mapToInt(p -> ((List<?>) p.get("items")).size()).sum(), "items under paragraphs");
        assertEquals(16, articles.stream().mapToInt(a -> ((List<?>) a.get("items")).size()).sum(), "items under articles");
        assertEquals(6, articles.stream().filter(a -> a.get("introduction") != null).count(), "introductions");
        assertTrue(servedTexts().stream().noneMatch(text -> text.contains("Chapter Vll")), "the typo stays mended");
        assertEquals(1, servedTexts().stream().filter(text -> text.endsWith("enforcement measures under Chapter VII.")).count());
    }

    /** Every text in reading order: preamble, then per article its introduction, paragraphs with items, items, closing. */
    private static List<String> servedTexts() {
        List<String> texts = new ArrayList<>(given().filter(Contract.VALIDATOR).when().get("/api/v1/charter/preamble")
                .then().statusCode(200).extract().jsonPath().getList("paragraphs", String.class));
        for (Map<String, Object> a : articles()) {
            if (a.get("introduction") != null) {
                texts.add((String) a.get("introduction"));
            }
            if (paragraphs(a).isEmpty() && ((List<?>) a.get("items")).isEmpty()) {
                texts.add((String) a.get("text"));
            }
            for (Map<String, Object> p : paragraphs(a)) {
                texts.add((String) p.get("text"));
                items(p).forEach(i -> texts.add((String) i.get("text")));
            }
            items(a).forEach(i -> texts.add((String) i.get("text")));
            if (a.get("closing") != null) {
                texts.add((String) a.get("closing"));
            }
        }
        return texts;
    }

    private static List<Map<String, Object>> articles() {
        List<Map<String, Object>> articles = new ArrayList<>();
        for (String numeral : CharterResourceTest.NUMERALS) {
            JsonPath chapter = given().filter(Contract.VALIDATOR).when().get("/api/v1/charter/chapters/" + numeral)
                    .then().statusCode(200).extract().jsonPath();
            articles.addAll(chapter.getList("articles"));
        }
        return articles;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> paragraphs(Map<String, Object> article) {
        return (List<Map<String, Object>>) article.get("paragraphs");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> parent) {
        return (List<Map<String, Object>>) parent.get("items");
    }
}
