package org.unref.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.unref.importing.akn.AknDocument;
import org.unref.importing.akn.AknException;
import org.unref.importing.akn.AknImporter;
import org.unref.importing.akn.AknParser;
import org.unref.importing.dhl.DhlException;
import org.unref.importing.dhl.DhlImporter;
import org.unref.importing.dhl.DhlPage;
import org.unref.importing.dhl.DhlParser;
import org.unref.resolution.ResolutionTextStore;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Imports files and folders (recursively): {@code *.xml} as AKN4UN, {@code *.html} as DHL pages. Each file is read
 * first and stored in a transaction of its own, so a bad file leaves nothing behind and the others go in.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    @Inject
    AknImporter akn;

    @Inject
    DhlImporter dhl;

    /** Threads that parse files ahead of the one that stores them, and how many files they may be ahead. */
    private static final int PARSERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int LOOKAHEAD = 4 * PARSERS;

    /** A StAX factory is not promised to be thread-safe: one parser a thread. */
    private static final ThreadLocal<AknParser> AKN_PARSER = ThreadLocal.withInitial(AknParser::new);

    /**
     * What citations may resolve to and which resolutions hold text rows, read once a run (what the run writes is
     * added to it); dropped when a file rolls back, since it would then claim rows the database does not hold.
     */
    private ResolutionTextStore.Batch batch;

    @Inject
    ResolutionTextStore textStore;

    private ResolutionTextStore.Batch batch() {
        if (batch == null) {
            batch = textStore.batch();
        }
        return batch;
    }

    public synchronized ImportReport importPaths(List<Path> paths) {
        long start = System.nanoTime();
        batch = null;
        // What to do, in report order: a file to import, or a path already known to be rejected.
        List<Object> work = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().filter(file -> kind(file) != null).forEach(work::add);
                } catch (IOException e) {
                    work.add(FileResult.rejected(path.toString(), "cannot read the folder: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                work.add(FileResult.rejected(path.toString(), "no such file or folder"));
            } else if (kind(path) == null) {
                work.add(FileResult.rejected(path.toString(), "not an importable file: expected .xml (AKN4UN) or .html (DHL)"));
            } else {
                work.add(path);
            }
        }
        List<FileResult> results = new ArrayList<>();
        // Files are read and parsed ahead on other threads (parsing is most of a file's work and needs no database),
        // and stored one after the other in this one, in order, so the outcome is that of a serial run.
        ExecutorService parsers = Executors.newFixedThreadPool(PARSERS, runnable -> {
            Thread thread = new Thread(runnable, "import-parser");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Parsed>> ahead = new ArrayDeque<>();
            int next = 0;
            for (Object item : work) {
                while (next < work.size() && ahead.size() < LOOKAHEAD) {
                    Object queued = work.get(next++);
                    if (queued instanceof Path file) {
                        ahead.add(parsers.submit(() -> parse(file)));
                    }
                }
                if (item instanceof FileResult rejected) {
                    results.add(rejected);
                } else {
                    results.add(store(ahead.remove().get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed unexpectedly", e.getCause());
        } finally {
            parsers.shutdownNow();
        }
        ImportReport report = new ImportReport(List.copyOf(results), Duration.ofNanos(System.nanoTime() - start));
        LOG.info(report.render());
        return report;
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xml")) {
            return "akn";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "dhl";
        }
        return null;
    }

    /** One file, in a transaction of its own; any failure rejects it and rolls back what it wrote. */
    public FileResult importFile(Path file) {
        return store(parse(file));
    }

    /** A file read and parsed, or the reason it cannot be. */
    private record Parsed(Path file, AknDocument akn, DhlPage dhl, FileResult rejected) {
    }

    /** Reads and parses one file; touches no database and no state, so files can be parsed in parallel. */
    private static Parsed parse(Path file) {
        String name = file.toString();
        try {
            if ("akn".equals(kind(file))) {
                try (InputStream in = Files.newInputStream(file)) {
                    return new Parsed(file, AKN_PARSER.get().parse(in), null, null);
                }
            }
            return new Parsed(file, null, new DhlParser().parse(Files.readAllBytes(file)), null);
        } catch (AknException | DhlException e) {
            return new Parsed(file, null, null, FileResult.rejected(name, e.getMessage()));
        } catch (IOException e) {
            return new Parsed(file, null, null, FileResult.rejected(name, "cannot read the file: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Parsing %s failed", name);
            return new Parsed(file, null, null, FileResult.rejected(name, "could not be read: " + e.getClass().getSimpleName()
                    + ": " + e.getMessage()));
        }
    }

    private FileResult store(Parsed parsed) {
        if (parsed.rejected() != null) {
            return parsed.rejected();
        }
        Path file = parsed.file();
        String name = file.toString();
        try {
            if (parsed.akn() != null) {
                String location = (file.getParent() == null || file.getParent().getFileName() == null ? ""
                        : file.getParent().getFileName() + "/") + file.getFileName();
                return QuarkusTransaction.requiringNew().call(() -> akn.store(name, location, parsed.akn(), batch()));
            }
            return QuarkusTransaction.requiringNew().call(() -> dhl.store(name, parsed.dhl()));
        } catch (AknException | DhlException e) {
            return FileResult.rejected(name, e.getMessage());
        } catch (RuntimeException e) {
            batch = null; // what the rolled-back file added is not stored
            LOG.errorf(e, "Import of %s failed", name);
            return FileResult.rejected(name, "could not be stored: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
