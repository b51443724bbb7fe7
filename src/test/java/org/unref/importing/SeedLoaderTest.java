package org.unref.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;

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

    private Instant newestUpdate() {
        return em.createQuery("select max(r.updatedAt) from Resolution r", Instant.class).getSingleResult();
    }
}
