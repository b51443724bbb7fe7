package org.unref.importing;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The service, or with {@code import PATH...} an import run that prints its report and exits: 0 when every file
 * went in (or was unchanged or skipped), 1 when any was rejected, 2 when the command is misused.
 */
@QuarkusMain
public class UnrefMain implements QuarkusApplication {

    @Inject
    ImportService importer;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            // An import must not collide with a service already listening on 8080.
            System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(UnrefMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (!args[0].equals("import")) {
            System.err.println("Usage: java -jar quarkus-run.jar [import PATH...]");
            return 2;
        }
        if (args.length < 2) {
            System.err.println("Usage: java -jar quarkus-run.jar import PATH... (files or folders: *.xml AKN4UN, *.html DHL)");
            return 2;
        }
        List<Path> paths = Arrays.stream(args).skip(1).map(Path::of).toList();
        ImportReport report = importer.importPaths(paths);
        System.out.print(report.render());
        return report.anyRejected() ? 1 : 0;
    }
}
