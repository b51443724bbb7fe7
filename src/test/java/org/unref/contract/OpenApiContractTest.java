package org.unref.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract (openapi/openapi.yaml) is what the code declares, and what the service serves at /q/openapi.
 * After a deliberate API change, regenerate it with {@code ./mvnw test -Dtest=OpenApiContractTest
 * -Dunref.contract.update=true}, review the diff, and build again (the jar serves the file as it was built).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** SmallRye's document, generated from the annotations in tests and dev mode, equals the committed file. */
    @Test
    void committedContractEqualsTheOneTheCodeDeclares() throws IOException {
        String generated = given().queryParam("format", "yaml")
                .when().get("/q/openapi-generated")
                .then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("unref.contract.update")) {
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), generated,
                "openapi/openapi.yaml differs from what the code declares; regenerate it with -Dunref.contract.update=true");
    }

    /** /q/openapi answers the committed file byte for byte, and as JSON the same document SmallRye writes as JSON. */
    @Test
    void servesTheCommittedContractAsYamlAndAsJson() throws IOException {
        if (Boolean.getBoolean("unref.contract.update")) {
            return; // the build being tested serves the file as it was before this run rewrote it
        }
        byte[] yaml = given().when().get("/q/openapi")
                .then().statusCode(200).contentType("application/yaml")
                .extract().asByteArray();
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), new String(yaml, StandardCharsets.UTF_8));

        String generatedJson = given().queryParam("format", "json").when().get("/q/openapi-generated")
                .then().statusCode(200).extract().asString();
        for (var request : java.util.List.of(given().queryParam("format", "json"), given().queryParam("format", "JSON"),
                given().accept("application/json"))) {
            String served = request.when().get("/q/openapi").then().statusCode(200).contentType("application/json")
                    .extract().asString();
            assertEquals(JSON.readTree(generatedJson), JSON.readTree(served));
        }
        assertTrue(given().queryParam("format", "yaml").accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().contentType().startsWith("application/yaml"), "format wins over Accept");
        given().queryParam("format", "xml").when().get("/q/openapi")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
