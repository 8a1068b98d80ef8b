package org.openanolis.governance.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * The latencies of one variant, kept in microseconds in an HdrHistogram and corrected for coordinated omission: a
 * request that stalls must not hide the requests a real client would have sent meanwhile. Safe to record from several
 * load threads.
 */
public final class Latencies {

    private static final long LONGEST = TimeUnit.MINUTES.toMicros(5);

    private final Histogram histogram = new Histogram(LONGEST, 3);

    /**
     * One request of an open load (a fixed request rate): timed from when the schedule meant it to start, so a stall
     * also delays every request queued behind it, as a user would feel it.
     */
    public synchronized void recordSinceIntendedStart(long intendedStartNanos, long endNanos) {
        histogram.recordValue(micros(endNanos - intendedStartNanos));
    }

    /**
     * One request of a closed loop that meant to send one every {@code expectedIntervalNanos}: HdrHistogram adds the
     * requests a stall kept from being sent.
     */
    public synchronized void recordWithExpectedInterval(long tookNanos, long expectedIntervalNanos) {
        histogram.recordValueWithExpectedInterval(micros(tookNanos), micros(expectedIntervalNanos));
    }

    /** One request whose load has no schedule (a burst): its own duration. */
    public synchronized void record(long tookNanos) {
        histogram.recordValue(micros(tookNanos));
    }

    /** Adds another variant round's latencies, so that interleaved rounds make one distribution. */
    public synchronized void add(Latencies other) {
        synchronized (other) {
            histogram.add(other.histogram);
        }
    }

    public synchronized long count() {
        return histogram.getTotalCount();
    }

    /** The given percentile (0-100) in milliseconds. */
    public synchronized double millisAt(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    public synchronized double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }

    private static long micros(long nanos) {
        return Math.min(LONGEST, Math.max(1, TimeUnit.NANOSECONDS.toMicros(nanos)));
    }
}
