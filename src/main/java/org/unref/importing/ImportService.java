package org.unref.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.unref.resolution.ResolutionCitations;
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

    private final AknParser aknParser = new AknParser();
    private final DhlParser dhlParser = new DhlParser();

    /** What citations may resolve to, built once a run (a resolution created by the run is added to it). */
    private ResolutionCitations.Targets targets;

    @Inject
    ResolutionTextStore textStore;

    private ResolutionCitations.Targets targets() {
        if (targets == null) {
            targets = textStore.targets();
        }
        return targets;
    }

    public synchronized ImportReport importPaths(List<Path> paths) {
        long start = System.nanoTime();
        targets = null;
        List<FileResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (kind(file) != null) {
                            results.add(importFile(file));
                        }
                    }
                } catch (IOException e) {
                    results.add(FileResult.rejected(path.toString(), "cannot read the folder: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                results.add(FileResult.rejected(path.toString(), "no such file or folder"));
            } else if (kind(path) == null) {
                results.add(FileResult.rejected(path.toString(), "not an importable file: expected .xml (AKN4UN) or .html (DHL)"));
            } else {
                results.add(importFile(path));
            }
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
        String name = file.toString();
        try {
            if ("akn".equals(kind(file))) {
                AknDocument doc;
                try (InputStream in = Files.newInputStream(file)) {
                    doc = aknParser.parse(in);
                }
                String location = (file.getParent() == null || file.getParent().getFileName() == null ? ""
                        : file.getParent().getFileName() + "/") + file.getFileName();
                return QuarkusTransaction.requiringNew().call(() -> akn.store(name, location, doc, targets()));
            }
            DhlPage page = dhlParser.parse(Files.readAllBytes(file));
            return QuarkusTransaction.requiringNew().call(() -> dhl.store(name, page));
        } catch (AknException | DhlException e) {
            return FileResult.rejected(name, e.getMessage());
        } catch (IOException e) {
            return FileResult.rejected(name, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            targets = null; // what the rolled-back file added is not stored
            LOG.errorf(e, "Import of %s failed", name);
            return FileResult.rejected(name, "could not be stored: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
