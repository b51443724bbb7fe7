package org.unref.resolution;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A link in a paragraph's text, as the UN's file marks it: characters start..end of the text point at href. */
@Schema(name = "ParagraphLink", description = "A document the paragraph links to, as the UN's AKN file marks it.")
public record ParagraphLink(
        @Schema(description = "Offset of the linked words in the paragraph text.", examples = "23") int start,
        @Schema(description = "Offset just after the linked words.", examples = "34") int end,
        @Schema(description = "Where the UN's file points.", examples = "https://undocs.org/en/S/RES/2254(2015)") String href) {

    /** Stored as JSON in one column of the paragraph row. */
    @jakarta.persistence.Converter
    public static class ListConverter implements AttributeConverter<List<ParagraphLink>, String> {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        @Override
        public String convertToDatabaseColumn(List<ParagraphLink> links) {
            try {
                return MAPPER.writeValueAsString(links == null ? List.of() : links);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store links as JSON", e);
            }
        }

        @Override
        public List<ParagraphLink> convertToEntityAttribute(String json) {
            if (json == null || json.isEmpty()) {
                return new ArrayList<>();
            }
            try {
                return MAPPER.readValue(json, new TypeReference<List<ParagraphLink>>() {
                });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored links are unreadable", e);
            }
        }
    }
}
