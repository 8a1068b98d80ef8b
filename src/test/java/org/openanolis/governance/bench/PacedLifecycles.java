package org.openanolis.governance.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Lifecycles started at a fixed rate (an open load at the level of cases), taking turns over the variants (A B A B
 * …): case {@code i} starts at {@code start + i × interval} whatever the earlier ones are doing, in a thread of its
 * own, so a slow case never holds the next one back. A rate well below what the machine can do shows what a user
 * feels of the work around a request (mail, timers), where a saturated closed loop shows the machine's CPU share
 * of that work. Each ballot is timed as the closed loop times it ({@link ClosedLoad}).
 */
final class PacedLifecycles {

    private PacedLifecycles() {
    }

    /** Runs {@code casesEach} cases on each variant, numbered from {@code firstIndex}; answers each one's ballots. */
    static List<Latencies> run(List<SigLifecycle> variants, int firstIndex, int casesEach, Duration interval,
                               long ballotIntervalNanos) throws Exception {
        List<Latencies> ballots = new ArrayList<>();
        variants.forEach(v -> ballots.add(new Latencies()));
        int cases = casesEach * variants.size();
        ExecutorService pool = Executors.newFixedThreadPool(cases);
        try {
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < cases; i++) {
                long wait = start + i * interval.toNanos() - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int variant = i % variants.size();
                int index = firstIndex + i / variants.size();
                running.add(pool.submit(() -> {
                    variants.get(variant).run(index,
                            took -> ballots.get(variant).recordWithExpectedInterval(took, ballotIntervalNanos));
                    return null;
                }));
            }
            for (Future<?> lifecycle : running) {
                lifecycle.get(5, TimeUnit.MINUTES);
            }
            return ballots;
        } finally {
            pool.shutdownNow();
        }
    }
}
