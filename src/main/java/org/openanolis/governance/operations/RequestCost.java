package org.openanolis.governance.operations;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * What one web request has cost so far on the thread that serves it: CPU time, SQL statements and database
 * transactions. Started by {@link ServerTimingFilter}, fed by {@link StatementCounter}, and told to the client in the
 * answer's {@code Server-Timing} header. The thread's CPU clock counts only this request's work (on H2 the database's
 * too, which runs in the same thread); what the request leaves to background work, such as sending its mail, is not
 * in it.
 */
final class RequestCost {

    private static final ThreadLocal<RequestCost> CURRENT = new ThreadLocal<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long cpuAtStart = THREADS.getCurrentThreadCpuTime();
    private final boolean monitoring;
    private long statements;
    private long transactions;

    private RequestCost(boolean monitoring) {
        this.monitoring = monitoring;
    }

    /**
     * Starts measuring the current thread's request; {@code monitoring} for a scrape of the node's own metrics, whose
     * statements are counted apart so that watching a node does not add to what its users' requests cost.
     */
    static RequestCost begin(boolean monitoring) {
        RequestCost cost = new RequestCost(monitoring);
        CURRENT.set(cost);
        return cost;
    }

    /** Whether the current thread serves a request for the node's metrics or health. */
    static boolean servesMonitoring() {
        RequestCost cost = CURRENT.get();
        return cost != null && cost.monitoring;
    }

    static void statement(boolean autoCommit) {
        RequestCost cost = CURRENT.get();
        if (cost != null) {
            cost.statements++;
            if (autoCommit) {
                cost.transactions++;
            }
        }
    }

    static void transactionEnded() {
        RequestCost cost = CURRENT.get();
        if (cost != null) {
            cost.transactions++;
        }
    }

    /** Stops measuring; answers the {@code Server-Timing} header's value (W3C Server Timing: durations in ms). */
    String end() {
        CURRENT.remove();
        double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e6;
        return String.format(Locale.ROOT, "cpu;dur=%.3f;desc=\"request thread CPU\", sql;desc=\"%d statements\", "
                + "tx;desc=\"%d transactions\"", cpuMillis, statements, transactions);
    }
}
