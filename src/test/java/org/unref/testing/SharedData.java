package org.unref.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The team's reference material in ../shared, read at test time and never copied into the project. A test
 * that needs it is skipped (not failed) on a clone that does not have it beside it.
 */
public final class SharedData {

    public static final Path ROOT = Path.of("..", "shared");

    private SharedData() {
    }

    /** The path of a shared file, or the calling test is skipped when it is absent. */
    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        assumeTrue(Files.exists(path), () -> "../shared/" + relative + " is absent; skipping");
        return path;
    }

    /** Rows of a shared CSV file with a header line, as column name to value. */
    public static List<Map<String, String>> csv(String relative) {
        Path path = require(relative);
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(reader)) {
            List<Map<String, String>> all = new ArrayList<>();
            rows.forEachRemaining(all::add);
            return all;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
