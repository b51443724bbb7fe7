package org.unref.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.unref.importing.JsonLines;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CharterSeederTest {

    @Inject
    CharterSeeder seeder;

    @Inject
    CharterRepository repository;

    @Inject
    JsonLines jsonLines;

    @Test
    void shouldChangeNothingWhenTheSeedIsLoadedAgain() throws IOException {
        List<CharterSeed> records;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(seeder.resource())) {
            records = jsonLines.read(in.readAllBytes(), CharterSeed.class, seeder.resource());
        }
        assertEquals(20, records.size(), "the preamble and 19 chapters");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> seeder.upsert(records)));
        assertEquals(231, repository.count(), "every text of the Charter, one row each");
    }
}
