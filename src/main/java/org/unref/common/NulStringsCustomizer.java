package org.unref.common;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a NUL character (\u0000) in any text of a JSON body: no statement holds one, and PostgreSQL cannot store
 * one in a text column (the insert would fail as a 500). ProblemMappers answers it as a 400 naming the field.
 */
@Singleton
public class NulStringsCustomizer implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain a NUL character (\\u0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("unref-no-nul").addDeserializer(String.class, new NoNulStrings()));
    }

    private static final class NoNulStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw context.weirdStringException(value, String.class, MESSAGE);
            }
            return value;
        }
    }
}
