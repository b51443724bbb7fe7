package org.unref.citation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The extractor's speed on real UN text: the body text of every AKN4UN resolution (see {@link ResolutionTexts}), one
 * document per call, as the service extracts one statement per request. One thread, so the {@code bytes} counter
 * is the throughput of one thread: bytes of UTF-8 text read per second (bench/run prints it as MB/s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CitationExtractorBenchmark {

    private final CitationExtractor extractor = new CitationExtractor();
    private List<ResolutionTexts.Text> texts;
    private int next;

    /** Counts the UTF-8 bytes extracted; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void load() {
        texts = ResolutionTexts.load();
    }

    @Benchmark
    public void extract(Bytes counter, Blackhole blackhole) {
        ResolutionTexts.Text text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        blackhole.consume(extractor.extract(text.text()));
        counter.bytes += text.utf8Bytes();
    }
}
