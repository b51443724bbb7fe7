package org.unref.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import org.unref.testing.Contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnknownQueryParameterTest {

    @Test
    void shouldRefuseAMisspeltFilterInsteadOfAnsweringTheWholeList() {
        given().filter(Contract.VALIDATOR).queryParam("yera", "2015")
                .when().get("/api/v1/resolutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("yera is not a parameter of this operation; it takes "))
                .body("detail", containsString(" year"))
                .body("errors[0].name", equalTo("yera"));
        given().filter(Contract.VALIDATOR).queryParam("Limit", "5")
                .when().get("/api/v1/vetoes")
                .then().statusCode(400).body("errors[0].name", equalTo("Limit"));
        given().filter(Contract.VALIDATOR).queryParam("year", "2015").queryParam("limit", "5")
                .when().get("/api/v1/resolutions")
                .then().statusCode(200);
    }

    @Test
    void shouldSayWhenAnOperationTakesNoQueryParameter() {
        given().filter(Contract.VALIDATOR).queryParam("utm_source", "x")
                .when().get("/api/v1/resolutions/s-res-2254-2015")
                .then().statusCode(400)
                .body("detail", equalTo("utm_source is not a parameter of this operation; it takes none"));
    }

    @Test
    void shouldTakeTheParametersOfABeanParam() {
        given().filter(Contract.VALIDATOR).queryParam("limit", "5").queryParam("count", "true")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(200);
        given().filter(Contract.VALIDATOR).queryParam("page", "2")
                .when().get("/api/v1/resolutions/s-res-2254-2015/cited-by")
                .then().statusCode(400).body("detail", containsString("it takes count, cursor, limit, updatedSince"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }

    /**
     * The names the filter takes for each operation are those the contract documents: read from every class's
     * {@code @Operation} methods and compared with openapi/openapi.yaml by operationId.
     */
    @Test
    void shouldTakeExactlyTheQueryParametersTheContractDocuments() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> documented = new TreeMap<>();
        JsonNode paths = new YAMLMapper().readTree(Path.of("openapi", "openapi.yaml").toFile()).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                Set<String> names = new TreeSet<>();
                op.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        names.add(p.get("name").asText());
                    }
                });
                documented.put(op.getValue().get("operationId").asText(), names);
            }
        }));
        Map<String, Set<String>> taken = new TreeMap<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org/unref"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Method method : Class.forName(name, false, getClass().getClassLoader()).getDeclaredMethods()) {
                    Operation operation = method.getAnnotation(Operation.class);
                    if (operation != null && documented.containsKey(operation.operationId())) {
                        taken.put(operation.operationId(), UnknownQueryParameterFilter.queryParameters(method));
                    }
                }
            }
        }
        assertEquals(documented.keySet(), taken.keySet(), "every operation of the contract is a method found here");
        assertEquals(documented, taken);
        assertTrue(taken.get("listResolutions").contains("year"));
    }
}
