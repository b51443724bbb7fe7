package org.unref.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ResolveResourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "S/RES/2118(2013)        | resolution | s-res-2118-2013 | /api/v1/resolutions/s-res-2118-2013",
            "resolution 2254 (2015)  | resolution | s-res-2254-2015 | /api/v1/resolutions/s-res-2254-2015",
            "UNSCR 2254              | resolution | s-res-2254-2015 | /api/v1/resolutions/s-res-2254-2015",
            "SC res. 2254            | resolution | s-res-2254-2015 | /api/v1/resolutions/s-res-2254-2015",
            "SCR 1325                | resolution | s-res-1325-2000 | /api/v1/resolutions/s-res-1325-2000",
            "S.C. Res. 2254 (2015)   | resolution | s-res-2254-2015 | /api/v1/resolutions/s-res-2254-2015",
            "s-res-2254-2015         | resolution | s-res-2254-2015 | /api/v1/resolutions/s-res-2254-2015",
            "Article 27(3)           | charter    | art-27-3        | /api/v1/charter/articles/27/paragraphs/3",
            "art-27-3                | charter    | art-27-3        | /api/v1/charter/articles/27/paragraphs/3",
            "Art. 27 para. 3         | charter    | art-27-3        | /api/v1/charter/articles/27/paragraphs/3",
            "Article 27, para 3      | charter    | art-27-3        | /api/v1/charter/articles/27/paragraphs/3",
            "Article 51              | charter    | art-51          | /api/v1/charter/articles/51",
            "Chapter VII             | charter    | chapter-vii     | /api/v1/charter/chapters/VII",
            "377 (V)                 | resolution | a-res-377-v     | /api/v1/resolutions/a-res-377-v",
            "Uniting for Peace       | resolution | a-res-377-v     | /api/v1/resolutions/a-res-377-v",
            "ES-11/1                 | resolution | a-res-es-11-1   | /api/v1/resolutions/a-res-es-11-1",
            "S/2022/155              | veto       | s-2022-155      | /api/v1/vetoes/s-2022-155",
            "ess-10                  | emergency-session | 10       | /api/v1/emergency-special-sessions/10",
            "S/RES/119 (1956)        | resolution | s-res-119-1956  | /api/v1/resolutions/s-res-119-1956",
    })
    void shouldResolveEverySpellingToItsRecord(String cite, String type, String id, String link) {
        given().filter(Contract.VALIDATOR).queryParam("cite", cite)
                .when().get("/api/v1/resolve")
                .then().statusCode(200)
                .contentType("application/json")
                .body("type", equalTo(type))
                .body("id", equalTo(id))
                .body("link", equalTo(link));
    }

    @Test
    void shouldRedirectWithSeeOtherWhenAsked() {
        given().filter(Contract.VALIDATOR).redirects().follow(false)
                .queryParam("cite", "S/RES/2254 (2015)").queryParam("redirect", "true")
                .when().get("/api/v1/resolve")
                .then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/resolutions/s-res-2254-2015"));
    }

    @Test
    void shouldAnswer300WithCandidatesWhenTheCiteNamesSeveralRecords() {
        given().filter(Contract.VALIDATOR).queryParam("cite", "Articles 41 and 42 of the Charter")
                .when().get("/api/v1/resolve")
                .then().statusCode(300)
                .contentType("application/json")
                .body("candidates.id", containsInAnyOrder("art-41", "art-42"));
    }

    @Test
    void shouldAnswer404ProblemForAReferenceUnrefDoesNotHold() {
        given().filter(Contract.VALIDATOR).queryParam("cite", "S/PV.8697")
                .when().get("/api/v1/resolve")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().filter(Contract.VALIDATOR).queryParam("cite", "the weather in Geneva")
                .when().get("/api/v1/resolve")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer400NamingCiteWhenMissingOrTooLong() {
        given().filter(Contract.RESPONSES)
                .when().get("/api/v1/resolve")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("cite"));
        given().filter(Contract.RESPONSES).queryParam("cite", "x".repeat(501))
                .when().get("/api/v1/resolve")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("cite"));
    }
}
