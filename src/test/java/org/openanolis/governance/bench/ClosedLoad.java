package org.openanolis.governance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed loop of client threads, each taking the next case as soon as its previous one is done, until a round's
 * cases are all through: the throughput a fixed number of concurrent users get. Ballot durations are recorded as a
 * closed loop meaning to send one every {@code ballotInterval}, so a stalled ballot also counts the ones it held back.
 */
public final class ClosedLoad {

    /** A round: how many cases, from its start to its last case's end, and its ballots' latencies. */
    public record Round(int cases, long startNanos, long endNanos, Latencies ballots) {

        public long nanos() {
            return endNanos - startNanos;
        }
    }

    private ClosedLoad() {
    }

    public static Round run(SigLifecycle lifecycle, int firstIndex, int cases, int threads, long ballotIntervalNanos)
            throws Exception {
        Latencies ballots = new Latencies();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                        lifecycle.run(firstIndex + i, took -> ballots.recordWithExpectedInterval(took, ballotIntervalNanos));
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(5, TimeUnit.MINUTES);
            }
            return new Round(cases, start, System.nanoTime(), ballots);
        } finally {
            pool.shutdownNow();
        }
    }
}
