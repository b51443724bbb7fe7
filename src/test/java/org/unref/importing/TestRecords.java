package org.unref.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test-only AKN files and the clean-up of what importing them stored, so other tests see the seed alone. */
public final class TestRecords {

    public static final String TEST_RESOLUTION = "s-res-9999-2099";
    public static final String TEST_VETO = "s-2099-3";

    private TestRecords() {
    }

    public static String testResolutionXml() {
        try (InputStream in = TestRecords.class.getResourceAsStream("/akn/S_RES_9999_2099_test.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test resolution turned into a draft that the United States vetoed (13-1-1; China moves to in favour), made up for tests. */
    public static String testVetoXml() {
        return testResolutionXml().replace("S/RES/9999 (2099)", "S/2099/3")
                .replace("outcome=\"adopted\" as=\"S/PV.99999\" by=\"Adopted, 99999th meeting\"",
                        "outcome=\"veto\" as=\"S/PV.99999\" by=\"Not adopted owing to the negative vote of a permanent member\"")
                .replace("<organization refersTo=\"memberState\">UNITED STATES</organization>", "")
                .replace("<count value=\"0\" refersTo=\"against\"><akn4un:voters></akn4un:voters></count>",
                        "<count value=\"1\" refersTo=\"against\"><akn4un:voters><organization refersTo=\"memberState\">"
                                + "UNITED STATES</organization></akn4un:voters></count>")
                .replace("<count value=\"13\"", "<count value=\"12\"")
                .replace("<organization refersTo=\"memberState\">CHINA</organization>", "")
                .replace("<count value=\"2\" refersTo=\"abstaining\">", "<count value=\"1\" refersTo=\"abstaining\">")
                .replace("<organization refersTo=\"memberState\">MALTA</organization>",
                        "<organization refersTo=\"memberState\">MALTA</organization><organization refersTo=\"memberState\">CHINA</organization>");
    }

    /** The removals are changes like any other: logged, so the change log still matches what is stored. */
    private static ChangeLog changes() {
        return Arc.container().instance(ChangeLog.class).get();
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the made-up records (resolution 9999 (2099), draft S/2099/3) and all they brought. */
    public static void remove(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : new String[] { TEST_RESOLUTION, "s-res-9998-2099" }) {
                em.createQuery("delete from StoredCitation where sourceId = :id").setParameter("id", id).executeUpdate();
                em.createQuery("delete from ResolutionParagraph where resolutionId = :id").setParameter("id", id).executeUpdate();
                em.createQuery("delete from MemberVote where resolutionId = :id").setParameter("id", id).executeUpdate();
                em.createQuery("delete from ResolutionText where resolutionId = :id").setParameter("id", id).executeUpdate();
                var r = em.find(org.unref.resolution.Resolution.class, id);
                if (r != null) {
                    em.remove(r);
                    changes().deleted(ChangedCollection.RESOLUTIONS, id);
                }
            }
            var v = em.find(org.unref.veto.Veto.class, TEST_VETO);
            if (v != null) {
                em.remove(v);
                changes().deleted(ChangedCollection.VETOES, TEST_VETO);
            }
        });
    }
}
