package org.unref.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** CSV as unref writes it everywhere (exports and lists): RFC 4180 quoting, a header line, ISO dates and instants. */
public final class Csv {

    public static final CsvMapper MAPPER = (CsvMapper) new CsvMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Csv() {
    }

    /** The columns of a row type (its {@code @JsonPropertyOrder}), with the header line. */
    public static CsvSchema schema(Class<?> rowType) {
        return MAPPER.schemaFor(rowType).withHeader();
    }

    /** Rows as one CSV text; the header line even when there is no row, so a client always learns the columns. */
    public static <R> byte[] write(List<R> rows, Class<R> rowType) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvSchema schema = schema(rowType);
        try {
            if (rows.isEmpty()) {
                // Jackson writes the header with the first row. The columns are Java names: nothing in them needs quoting.
                out.write((String.join(",", schema.getColumnNames()) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } else {
                try (SequenceWriter writer = MAPPER.writer(schema).writeValues(out)) {
                    writer.writeAll(rows);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
