package org.openanolis.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The gauges ask the database at most once per refresh interval however often they are scraped, and a database
 * that stops answering gives NaN and one warning, not an exception per scrape.
 */
@ExtendWith(OutputCaptureExtension.class)
class GovernanceMetricsTests {

    /** The database as the metrics see it: how often it was asked, and whether it answers. */
    static final class Database extends CaseCounts {
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean down;
        volatile long inTriage = 3;

        Database() {
            super(null, null, null, null);
        }

        @Override
        Snapshot count() {
            reads.incrementAndGet();
            if (down) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            return new Snapshot(Map.of(key("SIG_PROPOSAL", "TRIAGE"), inTriage), 2, 40, 5, 1, 7, 0);
        }
    }

    private final Database database = new Database();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private GovernanceMetrics metrics(Duration refresh) {
        GovernanceMetrics metrics = new GovernanceMetrics(database, new MetricsProperties(refresh));
        metrics.bindTo(registry);
        return metrics;
    }

    private double triage() {
        return registry.get("governance.cases.open").tags("type", "SIG_PROPOSAL", "status", "TRIAGE").gauge().value();
    }

    @Test
    void frequentScrapesReadTheDatabaseOncePerInterval() {
        metrics(Duration.ofHours(1));

        for (int i = 0; i < 50; i++) {
            assertThat(triage()).isEqualTo(3);
            assertThat(registry.get("governance.votes.open").gauge().value()).isEqualTo(2);
        }

        assertThat(database.reads).hasValue(1);
    }

    @Test
    void everyOpenStatusIsReportedEvenWithoutCases() {
        metrics(Duration.ofHours(1));

        assertThat(registry.get("governance.cases.open").tags("type", "PROJECT_PROPOSAL", "status", "LEGAL_REVIEW")
                .gauge().value()).isZero();
        assertThat(registry.get("governance.cases.open").tags("type", "PARTNER", "status", "VOTING").gauge().value()).isZero();
        assertThat(registry.find("governance.cases.open").tags("type", "SIG_PROPOSAL", "status", "APPROVED").gauge()).isNull();
        assertThat(registry.get("governance.notifications").tag("status", "PENDING").gauge().value()).isEqualTo(5);
        assertThat(registry.get("governance.notifications").tag("status", "FAILED").gauge().value()).isEqualTo(1);
        assertThat(registry.get("governance.ballots.cast").functionCounter().count()).isEqualTo(40);
        assertThat(registry.get("governance.tasks.open").gauge().value()).isEqualTo(7);
        assertThat(registry.get("governance.jobs.failed").gauge().value()).isZero();
    }

    @Test
    void databaseOutageShowsNaNWithOneWarningAndRecovers(CapturedOutput output) throws InterruptedException {
        metrics(Duration.ofMillis(50));
        assertThat(triage()).isEqualTo(3);

        database.down = true;
        Thread.sleep(60);
        for (int i = 0; i < 20; i++) {
            assertThat(triage()).isNaN();
            // The counter keeps the last count it read: ballots are never deleted.
            assertThat(registry.get("governance.ballots.cast").functionCounter().count()).isEqualTo(40);
        }
        Thread.sleep(60);
        assertThat(triage()).isNaN();
        assertThat(output.getOut().lines().filter(l -> l.contains("Governance metrics cannot read the database"))).hasSize(1);
        assertThat(database.reads.get()).isLessThanOrEqualTo(3);

        database.down = false;
        database.inTriage = 4;
        Thread.sleep(60);
        assertThat(triage()).isEqualTo(4);
        assertThat(output.getOut()).contains("Governance metrics read the database again");
    }
}
