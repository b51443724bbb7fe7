package org.unref.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The health paths the manifest test accepts for probes ({@link ApplicationFacts#HEALTH_PATHS}) are served by the
 * running application and report UP, so a probe that passes the manifest test also passes in the cluster.
 */
@QuarkusTest
class ProbeEndpointsTest {

    static List<String> paths() {
        return ApplicationFacts.HEALTH_PATHS.stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void shouldAnswerUpOnEveryProbePath(String path) {
        given().when().get(path)
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }
}
