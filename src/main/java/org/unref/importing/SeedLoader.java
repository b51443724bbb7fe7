package org.unref.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.unref.common.ClasspathResources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the seed at start when the database does not hold this version of it: a seed file whose hash is
 * already recorded is skipped unread, so a second start changes nothing and costs almost nothing.
 *
 * <p>
 * The build writes each file's SHA-256 beside it ({@code seed/x.jsonl.sha256}, maven-antrun in pom.xml), so that
 * comparison reads 64 characters instead of hashing 7 MB. Where that file is missing (a run from an IDE's classes),
 * the hash is computed as before. A file that is loaded is always hashed from its content, and that hash is the
 * one recorded.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);
    private static final int SEED_TIMEOUT_SECONDS = 600;

    @Inject
    Instance<Seeder<?>> seeders;

    @Inject
    EntityManager em;

    @Inject
    JsonLines jsonLines;

    @ConfigProperty(name = "unref.seed.enabled", defaultValue = "true")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            LOG.info("Seed loading is disabled (unref.seed.enabled=false)");
            return;
        }
        loadAll();
    }

    /** Loads every seed file the database does not hold yet; returns how many records each created or changed. */
    public Map<String, Integer> loadAll() {
        Map<String, Integer> changed = new LinkedHashMap<>();
        seeders.stream().sorted(Comparator.comparingInt(Seeder::order))
                .forEach(seeder -> changed.put(seeder.resource(), load(seeder)));
        return changed;
    }

    private <R> int load(Seeder<R> seeder) {
        String builtHash = builtHash(seeder.resource());
        ensureStateRow(seeder.resource());
        // A seed file is one transaction; the default 60 s timeout let a busy machine's first start fail halfway.
        return QuarkusTransaction.requiringNew().timeout(SEED_TIMEOUT_SECONDS).call(() -> {
            // Replicas starting together queue on this row lock; the first loads, the others find the hash current.
            SeedState state = em.find(SeedState.class, seeder.resource(), LockModeType.PESSIMISTIC_WRITE);
            // The build's hash settles a current file unread; any other file is read, and its own hash decides.
            byte[] content = state.sha256.equals(builtHash) ? null : read(seeder.resource());
            String hash = content == null ? builtHash : sha256(content);
            if (content != null && builtHash != null && !builtHash.equals(hash)) {
                LOG.warnf("Seed %s does not match the hash the build wrote beside it (%s.sha256); rebuild to refresh it",
                        seeder.resource(), seeder.resource());
            }
            if (state.sha256.equals(hash)) {
                LOG.debugf("Seed %s is current (%d records)", seeder.resource(), state.recordCount);
                return 0;
            }
            List<R> records = jsonLines.read(content, seeder.recordType(), seeder.resource());
            int changed = seeder.upsert(records);
            // Seeders that clear the session to keep it small detach the state row; its changes must still be written
            // (else every start loads that file again). The row lock stays held by the transaction.
            if (!em.contains(state)) {
                state = em.find(SeedState.class, seeder.resource());
            }
            state.sha256 = hash;
            state.loadedAt = Instant.now();
            state.recordCount = records.size();
            LOG.infof("Seed %s: %d records, %d created or changed", seeder.resource(), records.size(), changed);
            return changed;
        });
    }

    /** Creates the state row of a seed file that was never loaded, so there is a row to lock. */
    private void ensureStateRow(String resource) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (em.find(SeedState.class, resource) == null) {
                    SeedState state = new SeedState();
                    state.name = resource;
                    state.sha256 = "";
                    state.loadedAt = Instant.EPOCH;
                    em.persist(state);
                }
            });
        } catch (RuntimeException e) {
            // Another replica created it between our look and our insert: the row exists, which is all we need.
            LOG.debugf("Seed state row %s was created concurrently", resource);
        }
    }

    /** The SHA-256 the build computed for {@code resource}, or null where the build did not write one. */
    static String builtHash(String resource) {
        return ClasspathResources.bytes(resource + ".sha256").map(b -> new String(b, StandardCharsets.US_ASCII).strip())
                .filter(hash -> hash.matches("[0-9a-f]{64}")).orElse(null);
    }

    private static byte[] read(String resource) {
        return ClasspathResources.bytes(resource)
                .orElseThrow(() -> new IllegalStateException("Seed file " + resource + " is not on the classpath"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
