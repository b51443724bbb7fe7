package org.unref.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads JSON Lines strictly: an unknown field or a malformed line is an error naming the file and line. */
@ApplicationScoped
public class JsonLines {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public <R> List<R> read(byte[] content, Class<R> type, String name) {
        ObjectReader reader = mapper.readerFor(type);
        List<R> records = new ArrayList<>();
        try (MappingIterator<R> lines = reader.readValues(new ByteArrayInputStream(content))) {
            while (lines.hasNextValue()) {
                records.add(lines.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Seed file " + name + " is not valid JSON Lines of " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        return records;
    }
}
