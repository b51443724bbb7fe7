package org.unref.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contract (openapi/openapi.yaml) is what the service serves. After a deliberate API change,
 * regenerate it with {@code ./mvnw test -Dtest=OpenApiContractTest -Dunref.contract.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void committedContractEqualsServedContract() throws IOException {
        String served = given().queryParam("format", "yaml")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("unref.contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), served,
                "openapi/openapi.yaml differs from /q/openapi; regenerate it with -Dunref.contract.update=true");
    }
}
