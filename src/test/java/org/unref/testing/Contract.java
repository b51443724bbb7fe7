package org.unref.testing;

import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Validates requests and responses in REST Assured tests against the committed contract
 * (openapi/openapi.yaml), which {@code OpenApiContractTest} keeps equal to what the service serves.
 */
public final class Contract {

    public static final OpenApiValidationFilter VALIDATOR = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Path.of("openapi", "openapi.yaml").toUri().toString())
                    .build());

    private Contract() {
    }
}
