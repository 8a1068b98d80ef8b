package org.openanolis.governance.operations;

import java.util.Arrays;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The SQL statements and transactions a node has sent to its database, split by whether a web request or background
 * work (the job executor, the notification dispatcher, metrics) sent them. Only present when
 * {@code governance.database.count-statements} is on (see {@link StatementCountingConfiguration}); the benchmarks
 * compare the counts per case on H2 and PostgreSQL, where they should be equal.
 */
public final class StatementCounter implements MeterBinder {

    /**
     * What sent a statement: a web request's thread (Tomcat's {@code http-nio-…}), a request for the node's own
     * metrics (a scrape, which would otherwise be counted as a user's request), or anything else.
     */
    enum Work {
        REQUEST, MONITORING, BACKGROUND;

        static Work ofCurrentThread() {
            if (!Thread.currentThread().getName().startsWith("http-")) {
                return BACKGROUND;
            }
            return RequestCost.servesMonitoring() ? MONITORING : REQUEST;
        }
    }

    private final LongAdder[] statements = {new LongAdder(), new LongAdder(), new LongAdder()};
    private final LongAdder[] transactions = {new LongAdder(), new LongAdder(), new LongAdder()};

    /** A statement executed (a batch counts once: it is one round trip). */
    void statement(boolean autoCommit) {
        Work work = Work.ofCurrentThread();
        statements[work.ordinal()].increment();
        // In auto-commit mode every statement is a transaction of its own.
        if (autoCommit) {
            transactions[work.ordinal()].increment();
        }
        RequestCost.statement(autoCommit);
    }

    /** An explicit commit or rollback: the end of a transaction. */
    void transactionEnded() {
        transactions[Work.ofCurrentThread().ordinal()].increment();
        RequestCost.transactionEnded();
    }

    /** Every statement counted so far, whoever sent it. */
    public long statements() {
        return Arrays.stream(statements).mapToLong(LongAdder::sum).sum();
    }

    /** Every transaction counted so far, whoever ended it. */
    public long transactions() {
        return Arrays.stream(transactions).mapToLong(LongAdder::sum).sum();
    }

    long statements(Work work) {
        return statements[work.ordinal()].sum();
    }

    long transactions(Work work) {
        return transactions[work.ordinal()].sum();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Work work : Work.values()) {
            String tag = work.name().toLowerCase(java.util.Locale.ROOT);
            FunctionCounter.builder("governance.database.statements", this, c -> c.statements(work))
                    .description("SQL statements sent to the database (governance.database.count-statements)")
                    .tag("work", tag).register(registry);
            FunctionCounter.builder("governance.database.transactions", this, c -> c.transactions(work))
                    .description("Database transactions ended: commits, rollbacks and auto-commit statements "
                            + "(governance.database.count-statements)")
                    .tag("work", tag).register(registry);
        }
    }
}
