package org.unref.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON body is one value and nothing after it: {@code {"title": ...} xyz}, or a second object, is a 400 rather
 * than read up to its first value and the rest ignored. Reading on to the end also counts a chunked body's trailing
 * bytes against the body limit, which a body that ended its value early escaped.
 */
@Singleton
public class TrailingTokensCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
