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

    /** The committed contract, for tests that read it themselves (the fuzzer generates its requests from it). */
    public static final String LOCATION = Path.of("openapi", "openapi.yaml").toUri().toString();

    public static final OpenApiValidationFilter VALIDATOR = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(LOCATION).build());

    /**
     * Validates only the responses: for tests that send a request the contract refuses on purpose (limit=0, a bad
     * date) and check that the 400 problem answering it is what the contract says.
     */
    public static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(responseValidator());

    private Contract() {
    }

    /** A validator of responses alone, for tests that send their requests without REST Assured. */
    public static OpenApiInteractionValidator responseValidator() {
        return OpenApiInteractionValidator.createForSpecificationUrl(LOCATION)
                .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
                .build();
    }
}
