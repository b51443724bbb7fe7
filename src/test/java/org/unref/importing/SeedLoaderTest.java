package org.unref.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    EntityManager em;

    @Inject
    Instance<Seeder<?>> seeders;

    @Test
    void secondLoadOfAnUnchangedSeedChangesNothing() {
        Instant before = newestUpdate();
        Map<String, Integer> changed = loader.loadAll();
        changed.forEach((file, count) -> assertEquals(0, count, file));
        assertEquals(before, newestUpdate());
    }

    @Test
    void reloadingAChangedSeedOverStoredDataChangesNothingWhenRecordsAreEqual() {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update SeedState s set s.sha256 = 'stale'").executeUpdate());
        Map<String, Integer> changed = loader.loadAll();
        changed.forEach((file, count) -> assertEquals(0, count, file + " rewrote records equal to the stored ones"));
    }

    @Test
    void everyLoadedSeedFileIsRecordedSoTheNextStartSkipsIt() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createQuery("update SeedState s set s.sha256 = 'stale'").executeUpdate());
        loader.loadAll();
        List<SeedState> states = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("from SeedState", SeedState.class).getResultList());
        assertTrue(states.stream().anyMatch(s -> s.name.equals("seed/resolution_texts.jsonl")), "states: " + states.size());
        for (SeedState state : states) {
            byte[] content;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(state.name)) {
                content = in.readAllBytes();
            }
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), state.sha256,
                    state.name + " was loaded but not recorded, so every start loads it again");
        }
    }

    @Test
    void theBuildWritesTheHashOfEverySeedFileBesideItSoAStartNeedNotReadTheFile() throws Exception {
        int files = 0;
        for (Seeder<?> seeder : seeders) {
            String built = SeedLoader.builtHash(seeder.resource());
            assertNotNull(built, seeder.resource() + " has no .sha256 from the build (pom.xml, maven-antrun): every start hashes it");
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(seeder.resource())) {
                assertEquals(SeedLoader.sha256(in.readAllBytes()), built, seeder.resource());
            }
            files++;
        }
        assertTrue(files >= 7, "seed files: " + files);
    }

    private Instant newestUpdate() {
        return em.createQuery("select max(r.updatedAt) from Resolution r", Instant.class).getSingleResult();
    }
}
