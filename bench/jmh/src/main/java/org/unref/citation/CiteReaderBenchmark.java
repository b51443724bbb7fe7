package org.unref.citation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.unref.common.Slugs;

/**
 * The symbol parser behind {@code GET /api/v1/resolve?cite=}: one reference in any of its spellings read into
 * citations ({@link CiteReader}), and a symbol turned into its id ({@link Slugs}). The spellings are the forms the
 * API documents, of real documents.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class CiteReaderBenchmark {

    private static final List<String> CITES = List.of("S/RES/2254 (2015)", "S/RES/2118(2013)", "resolution 2254 (2015)",
            "2254 (2015)", "UNSCR 2254", "A/RES/377(V)", "377 (V)", "A/RES/ES-11/1", "ES-11/1", "76/262", "S/2019/961",
            "S/PV.8697", "Art. 27(3)", "Article 27, paragraph 3", "Chapter VII");

    private final CiteReader reader = new CiteReader(new CitationExtractor());
    private int next;

    /** Time to read one cite (the spellings in turn). */
    @Benchmark
    public void readCite(Blackhole blackhole) {
        blackhole.consume(reader.read(CITES.get(next)));
        next = next + 1 == CITES.size() ? 0 : next + 1;
    }

    /** Time to turn one symbol into its id. */
    @Benchmark
    public String slug() {
        String cite = CITES.get(next);
        next = next + 1 == CITES.size() ? 0 : next + 1;
        return Slugs.of(cite);
    }
}
