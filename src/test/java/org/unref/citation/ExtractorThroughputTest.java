package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.unref.testing.SharedData;

/**
 * The extract endpoint takes up to 1 MB; the extractor must read that well inside a request's time. Measured on
 * the SOC press release repeated to 1 MB (skipped when the shared corpus is absent), and printed for the record.
 */
class ExtractorThroughputTest {

    @Test
    void shouldExtractOneMegabyteOfPressReleaseInUnderTwoSeconds() throws IOException {
        String release = Files.readString(SharedData.require("corpus/soc-press-release-icj.txt"), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        while (text.length() < 1024 * 1024) {
            text.append(release).append("\n\n");
        }
        CitationExtractor extractor = new CitationExtractor();
        extractor.extract(text.toString()); // warm-up
        long start = System.nanoTime();
        int found = extractor.extract(text.toString()).size();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Extractor throughput: %.1f MB/s (%d characters, %d citations, %.3f s)%n",
                text.length() / 1048576.0 / seconds, text.length(), found, seconds);
        assertTrue(seconds < 2.0, "1 MB took " + seconds + " s");
    }
}
