package org.unref.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unref.testing.SharedData;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** The `import PATH...` command: its report and its exit status. Only files that change nothing are imported here. */
@QuarkusMainTest
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldExitZeroWhenEveryFileGoesInAndOneWhenAFileIsRejected(QuarkusMainLauncher launcher) throws IOException {
        Path original = SharedData.require("data/akn/2023/S_RES_2672_E.xml");
        Path copy = Files.copy(original, Files.createDirectories(dir.resolve("2023")).resolve("S_RES_2672_E.xml"));

        LaunchResult ok = launcher.launch("import", copy.toString());
        assertEquals(0, ok.exitCode(), ok.getOutput());
        assertTrue(ok.getOutput().contains("Imported 1 file(s)"), ok.getOutput());
        assertTrue(ok.getOutput().contains("0 rejected"), ok.getOutput());

        TestRecords.write(dir, "broken.xml", "<akomaNtoso");
        LaunchResult bad = launcher.launch("import", dir.toString());
        assertEquals(1, bad.exitCode(), bad.getOutput());
        assertTrue(bad.getOutput().contains("broken.xml: not well-formed XML"), bad.getOutput());
        assertTrue(bad.getOutput().contains("1 unchanged"), bad.getOutput());
    }

    @Test
    void shouldExplainItsUsage(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("import");
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("Usage"), result.getErrorOutput());
    }
}
