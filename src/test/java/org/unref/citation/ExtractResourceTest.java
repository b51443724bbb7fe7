package org.unref.citation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ExtractResourceTest {

    private static final String TEXT = "The Council recalled resolution 2254 (2015), UNSCR 2118 and the record S/PV.8697, "
            + "and the veto under Article 27(3) of the Charter.";

    @Test
    void shouldExtractAndResolveCitationsFromPlainText() {
        given().filter(Contract.VALIDATOR).contentType("text/plain; charset=UTF-8").body(TEXT)
                .when().post("/api/v1/citations/extract")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("text", contains("resolution 2254 (2015)", "UNSCR 2118", "S/PV.8697", "Article 27(3) of the Charter"))
                .body("kind", contains("resolution", "resolution", "meeting-record", "charter-provision"))
                .body("[0].start", equalTo(TEXT.indexOf("resolution 2254")))
                .body("[0].reference.id", equalTo("s-res-2254-2015"))
                .body("[0].resolution.status", equalTo("found"))
                .body("[0].resolution.target.link", equalTo("/api/v1/resolutions/s-res-2254-2015"))
                .body("[1].reference.id", equalTo(null))
                .body("[1].resolution.status", equalTo("found"))
                .body("[1].resolution.target.id", equalTo("s-res-2118-2013"))
                .body("[2].resolution.status", equalTo("unknown"))
                .body("[2].resolution.externalLink", equalTo("https://undocs.org/S/PV.8697"))
                .body("[3].resolution.target.id", equalTo("art-27-3"));
    }

    @Test
    void shouldExtractFromJson() {
        given().filter(Contract.VALIDATOR).contentType(ContentType.JSON).body("{\"text\": \"see resolution 2118 (2013)\"}")
                .when().post("/api/v1/citations/extract")
                .then().statusCode(200)
                .body("reference.id", contains("s-res-2118-2013"));
    }

    @Test
    void shouldAnswerAnEmptyListForATextWithoutCitations() {
        given().filter(Contract.VALIDATOR).contentType("text/plain").body("Nothing to see here.")
                .when().post("/api/v1/citations/extract")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRefuseUnknownJsonFieldsMissingAndEmptyText() {
        for (String body : new String[] { "{\"text\": \"x\", \"lang\": \"en\"}", "{}", "{\"text\": \"\"}", "{\"text\": ",
                "{\"text\": \"resolution 2254 (2015)\"} xyz", "{\"text\": \"x\"}{\"text\": \"y\"}" }) {
            given().filter(Contract.RESPONSES).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/citations/extract")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
        }
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/citations/extract")
                .then().body("errors[0].name", equalTo("text"));
        given().filter(Contract.RESPONSES).contentType(ContentType.JSON).body("{\"text\": \"x\", \"lang\": \"en\"}")
                .when().post("/api/v1/citations/extract")
                .then().body("errors[0].name", equalTo("lang"));
    }

    @Test
    void shouldRefuseEmptyInvalidUtf8AndBinaryText() {
        given().filter(Contract.RESPONSES).contentType("text/plain").body(new byte[0])
                .when().post("/api/v1/citations/extract")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].name", equalTo("text"));
        given().filter(Contract.RESPONSES).contentType("text/plain").body(new byte[] { 'a', (byte) 0xC3, (byte) 0x28, 'b' })
                .when().post("/api/v1/citations/extract")
                .then().statusCode(400).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
        given().filter(Contract.RESPONSES).contentType("text/plain").body(new byte[] { 'P', 'K', 3, 4, 0, 0, 1 })
                .when().post("/api/v1/citations/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer415ForAnotherContentType() {
        given().filter(Contract.RESPONSES).contentType("application/pdf").body(new byte[] { 1, 2, 3 })
                .when().post("/api/v1/citations/extract")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldAnswer413ProblemForTextOverOneMegabyte() {
        String text = "resolution 2254 (2015) ".repeat(1024 * 1024 / 23 + 10);
        given().filter(Contract.RESPONSES).contentType("text/plain").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/citations/extract")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldAnswer413ProblemForAHugeBody() {
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        given().filter(Contract.RESPONSES).contentType("text/plain").body(huge)
                .when().post("/api/v1/citations/extract")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void shouldAcceptTextOfExactlyOneMegabyte() {
        byte[] text = new byte[TextBodies.MAX_BYTES];
        java.util.Arrays.fill(text, (byte) 'a');
        given().contentType("text/plain").body(text)
                .when().post("/api/v1/citations/extract")
                .then().statusCode(200).body("$", hasSize(0));
    }
}
