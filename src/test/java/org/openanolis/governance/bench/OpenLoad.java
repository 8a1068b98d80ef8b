package org.openanolis.governance.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed request rate (an open load): request {@code i} is meant to start at {@code start + i × interval} whatever
 * the earlier ones are doing, and is timed from that moment, so a stalled server is charged for the requests waiting
 * behind the stall (coordinated omission corrected). The requests take turns over the variants (A B A B …), so
 * every variant sees the same moments of the run and the same noise of a shared machine.
 */
public final class OpenLoad {

    /** One request of a variant; throws if the answer is wrong, which stops the run. */
    @FunctionalInterface
    public interface Request {
        void send() throws Exception;
    }

    private final int requestsPerSecond;
    private final int senders;

    /**
     * {@code requestsPerSecond} over all variants together; each variant has {@code senders} threads of its own, so a
     * slow variant's queue never delays the other's requests.
     */
    public OpenLoad(int requestsPerSecond, int senders) {
        this.requestsPerSecond = requestsPerSecond;
        this.senders = senders;
    }

    /** Sends the variants' requests in turn for {@code duration}; answers each variant's latencies, in order. */
    public List<Latencies> run(Duration duration, List<Request> variants) throws InterruptedException {
        List<Latencies> latencies = new ArrayList<>();
        variants.forEach(v -> latencies.add(new Latencies()));
        long interval = TimeUnit.SECONDS.toNanos(1) / requestsPerSecond;
        long count = duration.toNanos() / interval;
        List<Throwable> failures = new ArrayList<>();
        List<ExecutorService> pools = new ArrayList<>();
        variants.forEach(v -> pools.add(Executors.newFixedThreadPool(senders)));
        long start = System.nanoTime();
        try {
            for (long i = 0; i < count && failures.isEmpty(); i++) {
                long intended = start + i * interval;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int variant = (int) (i % variants.size());
                pools.get(variant).execute(() -> {
                    try {
                        variants.get(variant).send();
                        latencies.get(variant).recordSinceIntendedStart(intended, System.nanoTime());
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                });
            }
        } finally {
            for (ExecutorService pool : pools) {
                pool.shutdown();
                pool.awaitTermination(2, TimeUnit.MINUTES);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("A request of the load failed", failures.get(0));
        }
        return latencies;
    }
}
