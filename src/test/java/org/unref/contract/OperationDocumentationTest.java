package org.unref.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation explains itself to a journalist in Swagger UI: an operationId, a tag, a summary, a description,
 * an example for each parameter, an example answer, and its errors documented as problem+json.
 */
@QuarkusTest
class OperationDocumentationTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        Map<String, Object> spec = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        List<String> defects = new ArrayList<>();
        Map<String, Map<String, Object>> shared = (Map<String, Map<String, Object>>) ((Map<String, Object>) spec
                .get("components")).get("responses");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> raw)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) raw;
            String name = method.toUpperCase() + " " + path;
            for (String field : List.of("operationId", "summary", "description", "tags")) {
                if (operation.get(field) == null) {
                    defects.add(name + " has no " + field);
                }
            }
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
                if (parameter.get("example") == null && parameter.get("examples") == null && schema.get("examples") == null
                        && schema.get("default") == null && !"cursor".equals(parameter.get("name"))) {
                    defects.add(name + " parameter " + parameter.get("name") + " has no example");
                }
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            boolean hasExample = responses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2"))
                    .map(e -> (Map<String, Map<String, Object>>) e.getValue().get("content"))
                    .filter(content -> content != null)
                    .flatMap(content -> content.values().stream())
                    .anyMatch(media -> media.get("example") != null || media.get("examples") != null);
            boolean noContent = responses.containsKey("204") || responses.containsKey("201");
            if (!hasExample && !noContent) {
                defects.add(name + " has no example answer");
            }
            responses.forEach((status, stated) -> {
                Map<String, Object> response = stated;
                if (stated.get("$ref") instanceof String ref) {
                    response = shared.get(ref.substring("#/components/responses/".length()));
                    if (response == null) {
                        defects.add(name + " answers " + status + " with " + ref + ", which the contract does not define");
                        return;
                    }
                }
                if (status.startsWith("4") && !status.equals("401") && !status.equals("403")) {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        defects.add(name + " documents " + status + " without the problem+json schema");
                    }
                }
            });
        }));
        assertTrue(defects.isEmpty(), String.join("\n", defects));
    }
}
