package org.openanolis.governance.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import lombok.extern.slf4j.Slf4j;

/**
 * One daemon thread that runs a round of work every poll interval and, woken, soon after: what the outboxes'
 * dispatchers (mail, webhooks) run on. A round that fails does not end the polling: the next one tries again, and the database
 * being away, which is expected to pass, says so in one line rather than a stack trace every round. Stopping lets a
 * round in flight finish for up to ten seconds.
 */
@Slf4j
public final class PollingThread {

    private static final Duration FINISH = Duration.ofSeconds(10);

    private final String name;
    private final String work;
    private final Duration interval;
    private final Runnable round;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    /**
     * @param name     the thread's name ({@code notification-dispatcher})
     * @param work     what a round does, for the logs ({@code Notification dispatch})
     */
    public PollingThread(String name, String work, Duration interval, Runnable round) {
        this.name = name;
        this.work = work;
        this.interval = interval;
        this.round = round;
    }

    /** Starts polling; false when it already runs. */
    public synchronized boolean start() {
        if (isRunning()) {
            return false;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        long poll = Math.max(1, interval.toMillis());
        started.scheduleWithFixedDelay(this::roundQuietly, poll, poll, TimeUnit.MILLISECONDS);
        executor = started;
        return true;
    }

    /** Asks for a round soon; returns at once. Wakes that pile up run once. */
    public void wake() {
        ScheduledExecutorService current = executor;
        if (current == null || !wakeQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                wakeQueued.set(false);
                roundQuietly();
            });
        } catch (RejectedExecutionException stopping) {
            wakeQueued.set(false);
        }
    }

    /**
     * Asks for a round once the current transaction commits (at once outside one): what it wrote is not visible to
     * the polling thread before, and a rolled-back transaction leaves nothing to do.
     */
    public void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    public synchronized void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(FINISH.toMillis(), TimeUnit.MILLISECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    public boolean isRunning() {
        return executor != null;
    }

    private void roundQuietly() {
        try {
            round.run();
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                log.warn("{} waits for the database; trying again in {}: {}", work, interval, e.toString());
            } else {
                log.warn("{} failed; trying again in {}", work, interval, e);
            }
        }
    }
}
