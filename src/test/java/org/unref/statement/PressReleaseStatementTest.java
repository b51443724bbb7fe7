package org.unref.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;
import org.unref.testing.SharedData;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The "done": the SOC press release, stored with an editor key, is then listed where it cites. */
@QuarkusTest
class PressReleaseStatementTest {

    @Test
    void shouldStoreThePressReleaseWithItsCitationsResolvedAndListItInCitedBy() throws IOException {
        String text = Files.readString(SharedData.require("corpus/soc-press-release-icj.txt"), StandardCharsets.UTF_8);
        Map<String, Object> body = Statements.statement(text);
        body.put("title", "Syrian Opposition Coalition press release on the ICJ");
        body.put("authorOrganization", "Syrian Opposition Coalition");

        String id = given().filter(Contract.VALIDATOR).header("Authorization", Statements.EDITOR)
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/statements")
                .then().statusCode(201)
                .body("citations.status", everyItem(equalTo("found")))
                .body("citations.target.id", containsInAnyOrder("art-27-3", "a-res-377-v", "s-res-2118-2013", "s-res-2254-2015", "charter"))
                .extract().path("id");

        given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(200)
                .body("items.source.id", hasItem(id))
                .body("items.find { it.source.id == '" + id + "' }.source.label", equalTo(body.get("title")))
                .body("items.find { it.source.id == '" + id + "' }.source.type", equalTo("statement"));
        given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                .when().get("/api/v1/charter/articles/27/paragraphs/3/cited-by")
                .then().statusCode(200)
                .body("items.source.id", hasItem(id))
                .body("items.find { it.source.id == '" + id + "' }.text", equalTo("the third paragraph of Article Twenty-Seven"));
        given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                .when().get("/api/v1/charter/articles/27/cited-by")
                .then().statusCode(200).body("items.source.id", hasItem(id));
        given().filter(Contract.VALIDATOR).queryParam("limit", "200")
                .when().get("/api/v1/resolutions/a-res-377-v/cited-by")
                .then().statusCode(200).body("items.source.id", hasItem(id));
    }
}
