package org.unref.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.unref.contract.fuzz.ContractOperations;
import org.unref.contract.fuzz.ContractOperations.Op;
import org.unref.contract.fuzz.FuzzRequest;
import org.unref.contract.fuzz.FuzzResponse;
import org.unref.contract.fuzz.FuzzRun;
import org.unref.contract.fuzz.RequestFuzzer;
import org.unref.statement.StatementRepository;
import org.unref.statement.StatementService;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Fuzzes every operation of the committed contract with requests generated from it, valid and invalid (see
 * {@link RequestFuzzer}), and holds the service to three rules: no 5xx, every 4xx is problem+json with its status,
 * every other answer is what the contract says. All failures are collected before the test fails.
 *
 * <p>
 * {@code -Dunref.fuzz.seed=N} replays a run (the seed is logged), {@code -Dunref.fuzz.requests=N} sets the
 * requests per operation. The statements it creates are marked and deleted at the end, so the tests that run
 * after it find the database as it was.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final Logger LOG = Logger.getLogger(ContractFuzzTest.class);
    private static final long DEFAULT_SEED = 20_261_129L;
    private static final int THREADS = 4;

    @TestHTTPResource("/")
    URL base;

    @Inject
    StatementRepository statements;

    @Inject
    StatementService statementService;

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutServerErrorsWithProblemsAndAsTheContractSays() throws Exception {
        long seed = Long.getLong("unref.fuzz.seed", DEFAULT_SEED);
        int perOperation = Integer.getInteger("unref.fuzz.requests", 2_000);
        String marker = "fuzz-" + seed;
        List<Op> ops = ContractOperations.read();
        LOG.infof("Fuzzing %d operations, %d requests each, seed %d (replay with -Dunref.fuzz.seed=%d)", ops.size(), perOperation,
                seed, seed);
        long statementsBefore = statements.count();
        Long lastIdBefore = statements.find("order by id desc").firstResultOptional().map(s -> s.id).orElse(0L);
        long started = System.nanoTime();
        try (FuzzRun run = new FuzzRun(base.toString(), THREADS)) {
            for (int i = 0; i < 20; i++) {
                run.own(createStatement(run, marker, i));
            }
            run.run(ops, seed, perOperation, marker);
            List<FuzzRun.Failure> failures = run.failures();
            long serverErrors = run.tallies().values().stream().mapToLong(FuzzRun.Tally::serverErrors).sum();
            long nonProblem = run.tallies().values().stream().mapToLong(FuzzRun.Tally::nonProblem4xx).sum();
            LOG.infof("Fuzzing done in %d s, seed %d: %d failures (%d 5xx, %d 4xx not problem+json)%n%s",
                    (System.nanoTime() - started) / 1_000_000_000L, seed, failures.size(), serverErrors, nonProblem, run.table());
            assertTrue(failures.isEmpty(), failures.size() + " wrong answers (seed " + seed + "), the first ones:\n"
                    + failures.stream().limit(25).map(FuzzRun.Failure::describe).collect(Collectors.joining("\n")));
            assertTrue(run.tallies().values().stream().allMatch(t -> t.sent() >= perOperation), "every operation fuzzed");
        } finally {
            deleteStatementsAfter(lastIdBefore);
        }
        assertEquals(statementsBefore, statements.count(), "the fuzzer's statements are deleted");
    }

    private static String createStatement(FuzzRun run, String marker, int n) throws Exception {
        String body = """
                {"title": "Statement %d (%s)", "date": "2024-02-20", "kind": "speech", "language": "en",
                 "sourceUrl": "https://fuzz.unref.test/%s/own-%d", "text": "No citation in this one."}
                """.formatted(n, marker, marker, n);
        FuzzResponse created = run.http().send(new FuzzRequest("createStatement", "POST", "/api/v1/statements",
                java.util.Map.of("Authorization", RequestFuzzer.EDITOR, "Content-Type", "application/json"),
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(201, created.status(), created.describe());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body()).path("id").asText();
    }

    private void deleteStatementsAfter(long lastIdBefore) {
        statements.find("id > ?1", lastIdBefore).list().forEach(s -> statementService.delete(String.valueOf(s.id)));
    }
}
