package org.unref.charter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CharterResourceTest {

    static final String ART_27_3 = "Decisions of the Security Council on all other matters shall be made by an affirmative vote of nine "
            + "members including the concurring votes of the permanent members; provided that, in decisions under Chapter VI, "
            + "and under paragraph 3 of Article 52, a party to a dispute shall abstain from voting.";
    static final String ART_2_7 = "Nothing contained in the present Charter shall authorize the United Nations to intervene in matters "
            + "which are essentially within the domestic jurisdiction of any state or shall require the Members to submit such "
            + "matters to settlement under the present Charter; but this principle shall not prejudice the application of "
            + "enforcement measures under Chapter VII.";
    static final String ART_51 = "Nothing in the present Charter shall impair the inherent right of individual or collective "
            + "self-defence if an armed attack occurs against a Member of the United Nations, until the Security Council has taken "
            + "measures necessary to maintain international peace and security. Measures taken by Members in the exercise of this "
            + "right of self-defence shall be immediately reported to the Security Council and shall not in any way affect the "
            + "authority and responsibility of the Security Council under the present Charter to take at any time such action as "
            + "it deems necessary in order to maintain or restore international peace and security.";
    static final List<String> ART_55_ITEMS = List.of(
            "higher standards of living, full employment, and conditions of economic and social progress and development;",
            "solutions of international economic, social, health, and related problems; and international cultural and "
                    + "educational cooperation; and",
            "universal respect for, and observance of, human rights and fundamental freedoms for all without distinction as to "
                    + "race, sex, language, or religion.");
    static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX");

    @Test
    void shouldListNineteenChaptersAndAllArticlesInTheTableOfContents() {
        JsonPath toc = given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("title", equalTo("Charter of the United Nations"))
                .body("preamble.link", equalTo("/api/v1/charter/preamble"))
                .body("chapters", hasSize(19))
                .body("chapters.numeral", equalTo(NUMERALS))
                .body("chapters[4].title", equalTo("The Security Council"))
                .body("chapters[4].firstArticle", equalTo(23))
                .body("chapters[4].lastArticle", equalTo(32))
                .body("chapters[4].link", equalTo("/api/v1/charter/chapters/V"))
                .body("chapters[6].title",
                        equalTo("Action with Respect to Threats to the Peace, Breaches of the Peace, and Acts of Aggression"))
                .body("chapters[6].articles[0].id", equalTo("art-39"))
                .body("chapters[6].articles[0].link", equalTo("/api/v1/charter/articles/39"))
                .body("sources[0].type", equalTo("un-charter"))
                .body("sources[0].url", equalTo("https://www.un.org/en/about-us/un-charter/full-text"))
                .body("links.self", equalTo("/api/v1/charter"))
                .extract().jsonPath();
        List<Integer> numbers = toc.getList("chapters.articles.flatten().number", Integer.class);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 111).boxed().toList(), numbers);
    }

    @Test
    void shouldServeThePreambleWordForWord() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/preamble")
                .then().statusCode(200)
                .body("id", equalTo("preamble"))
                .body("paragraphs", hasSize(12))
                .body("paragraphs[0]", equalTo("WE THE PEOPLES OF THE UNITED NATIONS DETERMINED"))
                .body("text", startsWith("WE THE PEOPLES OF THE UNITED NATIONS DETERMINED\nto save succeeding generations"))
                .body("paragraphs[10]", equalTo("HAVE RESOLVED TO COMBINE OUR EFFORTS TO ACCOMPLISH THESE AIMS."))
                .body("links.self", equalTo("/api/v1/charter/preamble"));
    }

    @Test
    void shouldServeArticle27WithItsParagraphsChapterAndNeighbours() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/27")
                .then().statusCode(200)
                .body("id", equalTo("art-27"))
                .body("number", equalTo(27))
                .body("label", equalTo("Article 27"))
                .body("section", equalTo("Voting"))
                .body("chapter.id", equalTo("V"))
                .body("chapter.label", equalTo("Chapter V: The Security Council"))
                .body("chapter.link", equalTo("/api/v1/charter/chapters/V"))
                .body("paragraphs.id", contains("art-27-1", "art-27-2", "art-27-3"))
                .body("paragraphs.number", contains(1, 2, 3))
                .body("paragraphs[0].text", equalTo("Each member of the Security Council shall have one vote."))
                .body("paragraphs[2].text", equalTo(ART_27_3))
                .body("paragraphs[2].link", equalTo("/api/v1/charter/articles/27/paragraphs/3"))
                .body("text", equalTo("Each member of the Security Council shall have one vote.\n"
                        + "Decisions of the Security Council on procedural matters shall be made by an affirmative vote of nine members.\n"
                        + ART_27_3))
                .body("items", empty())
                .body("introduction", nullValue())
                .body("links.self", equalTo("/api/v1/charter/articles/27"))
                .body("links.chapter", equalTo("/api/v1/charter/chapters/V"))
                .body("links.previous", equalTo("/api/v1/charter/articles/26"))
                .body("links.next", equalTo("/api/v1/charter/articles/28"))
                .body("sources.url", contains("https://www.un.org/en/about-us/un-charter/full-text",
                        "https://www.un.org/en/about-us/un-charter/chapter-5"))
                .body("sources.type", everyItem(equalTo("un-charter")));
    }

    @Test
    void shouldServeArticle27Paragraph3Exactly() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/27/paragraphs/3")
                .then().statusCode(200)
                .body("id", equalTo("art-27-3"))
                .body("kind", equalTo("paragraph"))
                .body("label", equalTo("Article 27(3)"))
                .body("article", equalTo(27))
                .body("paragraph", equalTo(3))
                .body("text", equalTo(ART_27_3))
                .body("chapter.id", equalTo("V"))
                .body("links.self", equalTo("/api/v1/charter/articles/27/paragraphs/3"))
                .body("links.article", equalTo("/api/v1/charter/articles/27"))
                .body("links.chapter", equalTo("/api/v1/charter/chapters/V"));
    }

    @Test
    void shouldServeArticle2Paragraph7WithTheTypoMended() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/2/paragraphs/7")
                .then().statusCode(200)
                .body("text", equalTo(ART_2_7))
                .body("text", not(org.hamcrest.Matchers.containsString("Vll")));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/2")
                .then().statusCode(200)
                .body("introduction", startsWith("The Organization and its Members, in pursuit of the Purposes"))
                .body("paragraphs", hasSize(7))
                .body("text", not(org.hamcrest.Matchers.containsString("Vll")))
                .body("notes", hasSize(1))
                .body("links.previous", equalTo("/api/v1/charter/articles/1"));
    }

    @Test
    void shouldServeArticle51AsOneUnnumberedParagraph() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/51")
                .then().statusCode(200)
                .body("text", equalTo(ART_51))
                .body("paragraphs", empty())
                .body("items", empty())
                .body("chapter.id", equalTo("VII"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/provisions/art-51")
                .then().statusCode(200)
                .body("kind", equalTo("article"))
                .body("text", equalTo(ART_51))
                .body("links.self", equalTo("/api/v1/charter/articles/51"));
    }

    @Test
    void shouldServeArticle55ItemsAToC() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/55")
                .then().statusCode(200)
                .body("introduction", startsWith("With a view to the creation of conditions of stability and well-being"))
                .body("paragraphs", empty())
                .body("items.id", contains("art-55-a", "art-55-b", "art-55-c"))
                .body("items.letter", contains("a", "b", "c"))
                .body("items.text", equalTo(ART_55_ITEMS))
                .body("items[0].link", equalTo("/api/v1/charter/articles/55/paragraphs/a"))
                .body("items[2].label", equalTo("Article 55(c)"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/55/paragraphs/b")
                .then().statusCode(200)
                .body("id", equalTo("art-55-b"))
                .body("kind", equalTo("item"))
                .body("item", equalTo("b"))
                .body("paragraph", nullValue())
                .body("text", equalTo(ART_55_ITEMS.get(1)));
    }

    @ParameterizedTest
    @CsvSource({ "73, a|b|c|d|e", "76, a|b|c|d", "87, a|b|c|d" })
    void shouldServeLetteredItemsDirectlyUnderArticles(int article, String letters) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/" + article)
                .then().statusCode(200)
                .body("introduction", notNullValue())
                .body("paragraphs", empty())
                .body("items.letter", equalTo(List.of(letters.split("\\|"))));
    }

    @ParameterizedTest
    @CsvSource({ "13, 1, a|b, 2", "77, 1, a|b|c, 2", "86, 1, a|b|c, 2" })
    void shouldServeLetteredItemsOfParagraphs(int article, int paragraph, String letters, int paragraphs) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/" + article)
                .then().statusCode(200)
                .body("paragraphs", hasSize(paragraphs))
                .body("paragraphs[0].items.letter", equalTo(List.of(letters.split("\\|"))))
                .body("paragraphs[0].items[0].id", equalTo("art-" + article + "-" + paragraph + "-a"))
                .body("paragraphs[0].items[0].link",
                        equalTo("/api/v1/charter/articles/" + article + "/paragraphs/" + paragraph + "-a"))
                .body("paragraphs[1].items", empty());
    }

    @Test
    void shouldServeItemUnderParagraphByPathAndById() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/13/paragraphs/1-a")
                .then().statusCode(200)
                .body("id", equalTo("art-13-1-a"))
                .body("label", equalTo("Article 13(1)(a)"))
                .body("paragraph", equalTo(1))
                .body("item", equalTo("a"))
                .body("text", startsWith("promoting international co-operation in the political field"))
                .body("links.paragraph", equalTo("/api/v1/charter/articles/13/paragraphs/1"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/provisions/art-13-1-a")
                .then().statusCode(200)
                .body("links.self", equalTo("/api/v1/charter/articles/13/paragraphs/1-a"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/13/paragraphs/1")
                .then().statusCode(200)
                .body("items.id", contains("art-13-1-a", "art-13-1-b"));
    }

    @Test
    void shouldResolveProvisionIdsToTheirPaths() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/provisions/art-27-3")
                .then().statusCode(200)
                .body("text", equalTo(ART_27_3))
                .body("links.self", equalTo("/api/v1/charter/articles/27/paragraphs/3"));
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/provisions/preamble")
                .then().statusCode(200)
                .body("kind", equalTo("preamble"))
                .body("chapter", nullValue())
                .body("text", startsWith("WE THE PEOPLES OF THE UNITED NATIONS DETERMINED"));
    }

    @Test
    void shouldServeChapterCaseInsensitivelyWithFullArticles() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/chapters/vii")
                .then().statusCode(200)
                .body("numeral", equalTo("VII"))
                .body("firstArticle", equalTo(39))
                .body("lastArticle", equalTo(51))
                .body("articles", hasSize(13))
                .body("articles[12].text", equalTo(ART_51))
                .body("links.previous", equalTo("/api/v1/charter/chapters/VI"))
                .body("links.next", equalTo("/api/v1/charter/chapters/VIII"))
                .body("sources.url", hasItem("https://www.un.org/en/about-us/un-charter/chapter-7"));
    }

    @Test
    void shouldEndWithArticle111AndItsClosingFormula() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/111")
                .then().statusCode(200)
                .body("chapter.id", equalTo("XIX"))
                .body("closing", startsWith("In Faith Whereof the representatives of the Governments of the United Nations"))
                .body("text", startsWith("The present Charter, of which the Chinese, French, Russian, English, and Spanish texts"))
                .body("links.next", nullValue())
                .body("links.previous", equalTo("/api/v1/charter/articles/110"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "112", "abc", "027", "-1" })
    void shouldAnswer404ProblemForUnknownArticle(String n) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/" + n)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No Charter article has the id '" + n + "'."))
                .body("instance", equalTo("/api/v1/charter/articles/" + n));
    }

    @ParameterizedTest
    @ValueSource(strings = { "XX", "abc", "0" })
    void shouldAnswer404ProblemForUnknownChapter(String numeral) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/chapters/" + numeral)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No Charter chapter has the id '" + numeral + "'."));
    }

    @ParameterizedTest
    @CsvSource({ "27, 4", "27, a", "55, 1", "13, 1-c", "13, 2-a", "51, 1" })
    void shouldAnswer404ProblemForUnknownParagraph(int article, String p) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/" + article + "/paragraphs/" + p)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No paragraph or item of Article " + article + " has the id '" + p + "'."));
    }

    @Test
    void shouldAnswer404ProblemForParagraphOfUnknownArticle() {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/articles/112/paragraphs/1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No Charter article has the id '112'."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "art-27-4", "art-112", "art-1-intro", "art-111-closing", "preamble-1", "V" })
    void shouldAnswer404ProblemForUnknownProvisionId(String id) {
        given().filter(Contract.VALIDATOR)
                .when().get("/api/v1/charter/provisions/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No Charter provision has the id '" + id + "'."));
    }

    @Test
    void shouldAnswer400ProblemForOverlongParameter() {
        given()
                .when().get("/api/v1/charter/provisions/" + "a".repeat(31))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].message", equalTo("id must be at most 30 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/charter", "/api/v1/charter/preamble", "/api/v1/charter/chapters/V",
            "/api/v1/charter/articles/27", "/api/v1/charter/articles/27/paragraphs/3", "/api/v1/charter/provisions/art-55-a" })
    void shouldAnswerEtagAndNotModified(String path) {
        String etag = given().filter(Contract.VALIDATOR)
                .when().get(path)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", equalTo("public, max-age=300"))
                .extract().header("ETag");
        given().header("If-None-Match", etag)
                .when().get(path)
                .then().statusCode(304)
                .header("ETag", equalTo(etag));
    }
}
