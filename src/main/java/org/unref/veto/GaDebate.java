package org.unref.veto;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.AttributeConverter;

import org.unref.common.Source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The General Assembly debate held on a veto under the veto initiative (A/RES/76/262), as the seed writes it.
 * It is read with its veto and never filtered on, so it is stored as JSON in one column of the veto row.
 */
public record GaDebate(List<LocalDate> dates, List<String> meetingRecords, String pressRelease, String format,
        List<Source> sources, List<String> notes) {

    /** Stores a debate as JSON text (the same varchar on H2 and PostgreSQL); no debate is SQL NULL. */
    @jakarta.persistence.Converter
    public static class Converter implements AttributeConverter<GaDebate, String> {

        private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        @Override
        public String convertToDatabaseColumn(GaDebate debate) {
            try {
                return debate == null ? null : MAPPER.writeValueAsString(debate);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store the GA debate as JSON", e);
            }
        }

        @Override
        public GaDebate convertToEntityAttribute(String json) {
            try {
                return json == null || json.isEmpty() ? null : MAPPER.readValue(json, GaDebate.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored GA debate is unreadable", e);
            }
        }
    }
}
