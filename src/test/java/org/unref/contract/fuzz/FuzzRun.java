package org.unref.contract.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.unref.contract.fuzz.ContractOperations.Op;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the generated requests of every operation on a few threads and keeps, per operation, how the service
 * answered and every answer that broke a rule (all of them, so one run shows every defect at once).
 */
public final class FuzzRun implements AutoCloseable {

    /** One wrong answer: what was sent, what came back and which rule it broke. */
    public record Failure(String operationId, String fault, FuzzRequest request, FuzzResponse response) {

        public String describe() {
            return operationId + ": " + fault + "\n    sent " + request.describe() + "\n    got  "
                    + (response == null ? "no answer" : response.describe());
        }
    }

    /** Counts for one operation. */
    public static final class Tally {
        final LongAdder sent = new LongAdder();
        final LongAdder[] classes = { new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder() };
        final LongAdder nonProblem4xx = new LongAdder();
        final LongAdder outOfContract = new LongAdder();
        final LongAdder noAnswer = new LongAdder();
        final LongAdder decoder414 = new LongAdder();
        long millis;

        public long sent() {
            return sent.sum();
        }

        public long serverErrors() {
            return classes[4].sum();
        }

        public long nonProblem4xx() {
            return nonProblem4xx.sum();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService pool;
    private final Http http;
    private final ResponseChecks checks = new ResponseChecks();
    private final List<String> ownStatements = new CopyOnWriteArrayList<>();
    private final Map<String, Tally> tallies = Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final AtomicLong serial = new AtomicLong();

    public FuzzRun(String base, int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
        this.http = new Http(base);
    }

    /** A statement the fuzzer may change and delete; only these get writes with a valid key. */
    public void own(String statementId) {
        ownStatements.add(statementId);
    }

    public Http http() {
        return http;
    }

    /** Sends {@code count} requests made for each operation, {@code threads} at a time, and waits for all answers. */
    public void run(List<Op> ops, long seed, int count, String marker) throws InterruptedException {
        for (Op op : ops) {
            RequestFuzzer fuzzer = new RequestFuzzer(seed ^ op.id().hashCode(), () -> ownStatements, marker, serial);
            Tally tally = tallies.computeIfAbsent(op.id(), id -> new Tally());
            long started = System.nanoTime();
            List<Future<?>> answers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                FuzzRequest request = fuzzer.next(op);
                answers.add(pool.submit(() -> exchange(op, request, tally)));
            }
            for (Future<?> answer : answers) {
                try {
                    answer.get(2, TimeUnit.MINUTES);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    failures.add(new Failure(op.id(), "the fuzzer itself failed: " + e, new FuzzRequest(op.id(), op.method(),
                            op.template(), Map.of(), null), null));
                }
            }
            tally.millis += (System.nanoTime() - started) / 1_000_000L;
        }
    }

    private void exchange(Op op, FuzzRequest request, Tally tally) {
        tally.sent.increment();
        FuzzResponse response;
        try {
            response = http.send(request);
        } catch (java.io.IOException e) {
            tally.noAnswer.increment();
            failures.add(new Failure(op.id(), "no answer: " + e, request, null));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        int status = response.status();
        tally.classes[Math.min(4, Math.max(0, status / 100 - 1))].increment();
        if (ResponseChecks.refusedByHttpDecoder(request, response)) {
            tally.decoder414.increment();
        }
        String fault = checks.fault(request, response);
        if (fault != null) {
            if (status >= 400 && status < 500) {
                tally.nonProblem4xx.increment();
            } else if (status < 400) {
                tally.outOfContract.increment();
            }
            failures.add(new Failure(op.id(), fault, request, response));
        }
        if (status == 201) {
            try {
                ownStatements.add(JSON.readTree(response.body()).path("id").asText());
            } catch (java.io.IOException e) {
                failures.add(new Failure(op.id(), "201 without a JSON body", request, response));
            }
        }
    }

    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public Map<String, Tally> tallies() {
        return Map.copyOf(tallies);
    }

    /** One line per operation and the totals, for the log. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-32s %7s %6s %6s %6s %6s %5s %9s %9s %10s %7s%n", "operation", "sent", "2xx",
                "3xx", "4xx", "5xx", "none", "4xx!prob", "!contract", "414-vertx", "ms"));
        long[] total = new long[10];
        synchronized (tallies) {
            tallies.forEach((id, t) -> {
                long[] row = { t.sent.sum(), t.classes[1].sum(), t.classes[2].sum(), t.classes[3].sum(), t.classes[4].sum(),
                        t.noAnswer.sum(), t.nonProblem4xx.sum(), t.outOfContract.sum(), t.decoder414.sum(), t.millis };
                out.append(String.format("%-32s %7d %6d %6d %6d %6d %5d %9d %9d %10d %7d%n", id, row[0], row[1], row[2], row[3], row[4],
                        row[5], row[6], row[7], row[8], row[9]));
                for (int i = 0; i < row.length; i++) {
                    total[i] += row[i];
                }
            });
        }
        out.append(String.format("%-32s %7d %6d %6d %6d %6d %5d %9d %9d %10d %7d%n", "TOTAL (" + tallies.size() + " operations)",
                total[0], total[1], total[2], total[3], total[4], total[5], total[6], total[7], total[8], total[9]));
        return out.toString();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
