package org.unref.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Small lists stored as JSON text in one column: read with their record in one row, and the same SQL type
 * (varchar) on H2 and PostgreSQL. Lists that are filtered on live in their own tables instead.
 */
public final class JsonConverters {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonConverters() {
    }

    abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {
        private final TypeReference<List<T>> type;

        ListConverter(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> list) {
            try {
                return MAPPER.writeValueAsString(list == null ? List.of() : list);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store list as JSON", e);
            }
        }

        @Override
        public List<T> convertToEntityAttribute(String json) {
            if (json == null || json.isEmpty()) {
                return new ArrayList<>();
            }
            try {
                return MAPPER.readValue(json, type);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored JSON list is unreadable", e);
            }
        }
    }

    @Converter
    public static class StringList extends ListConverter<String> {
        public StringList() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class SourceList extends ListConverter<Source> {
        public SourceList() {
            super(new TypeReference<>() {
            });
        }
    }
}
