package org.unref.testing;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Validates requests and responses in REST Assured tests against the committed contract
 * (openapi/openapi.yaml), which {@code OpenApiContractTest} keeps equal to what the service serves.
 */
public final class Contract {

    public static final OpenApiValidationFilter VALIDATOR = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toUri().toString())
                    .build());

    /**
     * Validates only the responses: for tests that send a request the contract refuses on purpose (limit=0, a bad
     * date) and check that the 400 problem answering it is what the contract says.
     */
    public static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toUri().toString())
                    .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                    .build());

    private Contract() {
    }
}
