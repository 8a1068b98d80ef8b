package org.openanolis.governance.operations;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.RevocationStatus;
import org.openanolis.governance.sig.SigStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The governance's own metrics (README "Operations"). They count rows of the shared database, so every node
 * reports the same figures: aggregate them with max, not sum.
 * <p>
 * The counts are read at most once per {@code governance.metrics.refresh-interval}, whoever scrapes. When the
 * database cannot be read the gauges show NaN (Prometheus' "no value") until a later reading succeeds; one
 * warning is logged per outage, not one per scrape, and the next reading is tried only after the interval.
 */
@Component
@EnableConfigurationProperties(MetricsProperties.class)
class GovernanceMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(GovernanceMetrics.class);

    private final CaseCounts counts;
    private final MetricsProperties settings;

    private CaseCounts.Snapshot snapshot;
    /** System.nanoTime of the last reading: real time, not the engine's clock, which tests move back and forth. */
    private long readAt;
    private boolean read;
    private boolean failing;
    /** Ballots are never deleted: the counter keeps its last reading through an outage instead of dropping. */
    private long lastBallotsCast;

    GovernanceMetrics(CaseCounts counts, MetricsProperties settings) {
        this.counts = counts;
        this.settings = settings;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        openCases(registry, "SIG_PROPOSAL", Arrays.stream(SigStatus.values()).filter(SigStatus::isOpen).map(Enum::name).toList());
        openCases(registry, "PROJECT_PROPOSAL",
                Arrays.stream(ProjectProposalStatus.values()).filter(ProjectProposalStatus::isOpen).map(Enum::name).toList());
        openCases(registry, "PARTNER_APPLICATION",
                Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::isOpen).map(Enum::name).toList());
        openCases(registry, "PARTNER",
                Arrays.stream(RevocationStatus.values()).filter(RevocationStatus::isOpen).map(Enum::name).toList());
        gauge(registry, "governance.votes.open", "Committee votes open for ballots", CaseCounts.Snapshot::openVotes);
        Gauge.builder("governance.notifications", this, m -> m.read(CaseCounts.Snapshot::notificationsPending))
                .description("Notifications in the outbox by status: PENDING waits to be sent or retried, FAILED "
                        + "gave up and waits for an administrator")
                .tag("status", "PENDING").register(registry);
        Gauge.builder("governance.notifications", this, m -> m.read(CaseCounts.Snapshot::notificationsFailed))
                .description("Notifications in the outbox by status: PENDING waits to be sent or retried, FAILED "
                        + "gave up and waits for an administrator")
                .tag("status", "FAILED").register(registry);
        FunctionCounter.builder("governance.ballots.cast", this, GovernanceMetrics::ballotsCast)
                .description("Ballots recorded, ever (ballots are final)").register(registry);
        gauge(registry, "governance.tasks.open", "Open user tasks in the engine", CaseCounts.Snapshot::openTasks);
        gauge(registry, "governance.jobs.failed", "Engine jobs with no retries left (each one an incident)",
                CaseCounts.Snapshot::failedJobs);
    }

    private void openCases(MeterRegistry registry, String type, List<String> openStatuses) {
        for (String status : openStatuses) {
            Gauge.builder("governance.cases.open", this, m -> m.read(s -> s.cases(type, status)))
                    .description("Open cases by case type and status")
                    .tags("type", type, "status", status).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<CaseCounts.Snapshot> value) {
        Gauge.builder(name, this, m -> m.read(value)).description(description).register(registry);
    }

    private double read(ToDoubleFunction<CaseCounts.Snapshot> value) {
        CaseCounts.Snapshot current = current();
        return current == null ? Double.NaN : value.applyAsDouble(current);
    }

    private double ballotsCast() {
        CaseCounts.Snapshot current = current();
        return current == null ? lastBallotsCast : current.ballotsCast();
    }

    /** The counts, read again when older than the interval; null while the database cannot be read. */
    synchronized CaseCounts.Snapshot current() {
        long now = System.nanoTime();
        if (read && now - readAt < settings.refreshInterval().toNanos()) {
            return snapshot;
        }
        read = true;
        readAt = now;
        try {
            snapshot = counts.count();
            lastBallotsCast = snapshot.ballotsCast();
            if (failing) {
                log.info("Governance metrics read the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            snapshot = null;
            if (!failing) {
                log.warn("Governance metrics cannot read the database; they show NaN until it answers: {}", e.toString());
                failing = true;
            }
        }
        return snapshot;
    }
}
