package org.openanolis.governance.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.openanolis.governance.system.CaseLog;
import org.openanolis.governance.system.DatabaseOutage;
import org.openanolis.governance.system.FailedAttempt;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.NodeName;
import org.openanolis.governance.system.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox. It runs on its own single thread, never in a caller's thread or transaction: woken after a
 * transaction that wrote notifications commits, and polling every {@code governance.mail.poll-interval} for rows
 * written before a restart or waiting for a retry.
 * <p>
 * Several nodes may share the outbox. A node sends a row only after claiming it with a conditional update that
 * exactly one node can win, up to 50 rows in one transaction; the claim lasts {@code governance.mail.claim-lease},
 * after which a dead node's rows are taken over. The mails of a batch the server has taken are recorded as sent
 * together, at the end of the batch or within a second of the first. Each mail's bodies are rendered here, just
 * before it is sent, from the variables its row keeps (a template that fails is a failed attempt, retried like a
 * refusal of the server), and recorded with the row once sent. Without a mail server configured it sends nothing
 * and the rows wait.
 */
@Component
public class NotificationDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
    private static final int BATCH = 50;
    /**
     * How long a delivered mail may wait to be recorded with the rest of its batch: bounds what a node that dies
     * mid-batch sends again, while a batch to a quick server still costs one commit, not one a mail.
     */
    private static final Duration RECORD_WITHIN = Duration.ofSeconds(1);

    private final NotificationRepository repository;
    private final NotificationRenderer renderer;
    private final MailTransport transport;
    private final GovernanceProperties.Mail settings;
    private final Clock clock;
    private final String nodeId;
    private final ReentrantLock passes = new ReentrantLock();
    private final PollingThread polling;

    @Autowired
    NotificationDispatcher(NotificationRepository repository, NotificationRenderer renderer, MailTransport transport,
                           GovernanceProperties properties, Clock clock) {
        this(repository, renderer, transport, properties, clock, NodeName.fresh());
    }

    NotificationDispatcher(NotificationRepository repository, NotificationRenderer renderer, MailTransport transport,
                           GovernanceProperties properties, Clock clock, String nodeId) {
        this.repository = repository;
        this.renderer = renderer;
        this.transport = transport;
        this.settings = properties.mail();
        this.clock = clock;
        this.nodeId = nodeId;
        this.polling = new PollingThread("notification-dispatcher", "Notification dispatch", settings.pollInterval(),
                this::dispatchDue);
    }

    /** This node's name in {@code claimed_by}: the host and a random suffix, so two processes on one host differ. */
    public String nodeId() {
        return nodeId;
    }

    /** Asks the dispatcher thread to send what is due, soon; returns at once. Wakes that pile up run once. */
    public void wake() {
        polling.wake();
    }

    /** {@link #wake}, once the current transaction has committed what is to be sent. */
    public void wakeAfterCommit() {
        polling.wakeAfterCommit();
    }

    /**
     * Claims and sends every due notification in the calling thread, and returns how many this call delivered.
     * Safe to call from several threads or nodes at once: each row is sent by the one that claimed it, and the passes
     * of one dispatcher take turns. The dispatcher thread calls it; tests may call it directly.
     */
    public int dispatchDue() {
        if (!transport.available()) {
            return 0;
        }
        passes.lock();
        // One SMTP connection for the whole pass; the rows are claimed, and recorded once sent, a batch at a time.
        try (MailConnection connection = transport.open()) {
            int delivered = 0;
            while (true) {
                Instant now = clock.instant();
                List<String> due = repository.due(now, BATCH);
                List<OutboxEntry> claimed = repository.claim(due, nodeId, now, now.plus(settings.claimLease()));
                Batch batch = sendClaimed(claimed, now.plus(settings.claimLease().dividedBy(2)), connection);
                delivered += batch.delivered();
                if (batch.handedBack() || due.size() < BATCH || claimed.isEmpty()) {
                    return delivered;
                }
            }
        } finally {
            passes.unlock();
        }
    }

    private record Batch(int delivered, boolean handedBack) {
    }

    /**
     * Sends a claimed batch in order. A mail server so slow that half the claim's lease is gone before the batch is
     * through gets no more of it: the rest is handed back at once, so that no mail is sent under a claim about to
     * lapse (another node would send it again) and none waits for the lease to run out.
     */
    private Batch sendClaimed(List<OutboxEntry> claimed, Instant sendBy, MailConnection connection) {
        Deliveries delivered = new Deliveries();
        try {
            for (int i = 0; i < claimed.size(); i++) {
                if (!clock.instant().isBefore(sendBy)) {
                    record(delivered);
                    List<String> rest = claimed.subList(i, claimed.size()).stream().map(OutboxEntry::id).toList();
                    repository.release(rest, nodeId);
                    log.warn("The mail server is slow: {} notifications handed back after half of their claim's lease "
                            + "({}), to be sent in the next pass", rest.size(), settings.claimLease());
                    return new Batch(delivered.total(), true);
                }
                OutboxEntry sent = deliver(claimed.get(i), connection);
                if (sent != null) {
                    delivered.add(sent, clock.instant());
                }
                if (delivered.oneWaitedLongerThan(RECORD_WITHIN, clock.instant())) {
                    record(delivered);
                }
            }
            return new Batch(delivered.total(), false);
        } finally {
            // However the batch ends, what the server has is recorded: left unrecorded it would be sent again.
            record(delivered);
        }
    }

    /**
     * Renders and tries one mail; answers it as sent, with its bodies, or {@code null} when it failed. A failure is
     * recorded at once, a delivery is left to the batch's record.
     */
    private OutboxEntry deliver(OutboxEntry entry, MailConnection connection) {
        // The row's lines, and the mail transport's, carry its case like the rest of the case's work (CaseLog).
        try (CaseLog.Scope ignored = CaseLog.of(entry.caseType(), entry.caseId())) {
            try {
                OutboxEntry mail = entry.withBodies(renderer.render(entry));
                transport.send(mail, connection);
                return mail;
            } catch (Exception e) {
                recordFailure(entry, e);
                return null;
            }
        }
    }

    /** Records the deliveries not yet recorded as sent, in one transaction, and logs each. */
    private void record(Deliveries delivered) {
        List<Delivered> waiting = delivered.takeWaiting();
        if (waiting.isEmpty()) {
            return;
        }
        Set<String> lapsed = recordSent(waiting);
        for (Delivered mail : waiting) {
            OutboxEntry entry = mail.entry();
            try (CaseLog.Scope ignored = CaseLog.of(entry.caseType(), entry.caseId())) {
                if (lapsed.contains(entry.id())) {
                    log.warn("Sent notification {} for {} {}, but the claim had lapsed; another node may send it again "
                            + "with the same Message-ID {}", entry.id(), entry.caseType(), entry.caseId(), entry.messageId());
                } else {
                    log.info("Sent notification {} ({}) for {} {} to {}", entry.id(), entry.type(), entry.caseType(),
                            entry.caseId(), entry.recipientEmail());
                }
            }
        }
    }

    /**
     * Records delivered mails as sent; answers those whose claim had lapsed. The database may have gone away while
     * the mails were on their way: the mail server has them, so recording is tried again until the database is back.
     * Given up, the rows would keep their claim, be claimed again once the lease ran out and the mails be sent
     * twice. Only stopping the dispatcher ends the wait (the lease then hands the rows on); meanwhile this thread has
     * nothing else it could do without the database.
     */
    private Set<String> recordSent(List<Delivered> waiting) {
        List<NotificationRepository.Delivery> deliveries = waiting.stream()
                .map(mail -> new NotificationRepository.Delivery(mail.entry().id(), mail.sentAt(), mail.entry().bodyText(),
                        mail.entry().bodyHtml()))
                .toList();
        while (true) {
            try {
                return repository.markSent(deliveries, nodeId);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.explains(e) || Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                log.warn("Sent {} notifications (first {}), but the database is away; recording them again in {}: {}",
                        deliveries.size(), deliveries.get(0).id(), settings.pollInterval(), e.toString());
                try {
                    Thread.sleep(Math.max(1, settings.pollInterval().toMillis()));
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private record Delivered(OutboxEntry entry, Instant sentAt) {
    }

    /**
     * The mails of a batch the server has taken, recorded together rather than one commit each: at the end of the
     * batch, or once the oldest has waited {@link #RECORD_WITHIN}. A node that dies in between sends those again
     * (same Message-ID), as it would a single mail caught between the server's acceptance and the commit.
     */
    private static final class Deliveries {

        private final List<Delivered> waiting = new ArrayList<>();
        private int total;

        void add(OutboxEntry entry, Instant sentAt) {
            waiting.add(new Delivered(entry, sentAt));
            total++;
        }

        boolean oneWaitedLongerThan(Duration wait, Instant now) {
            return !waiting.isEmpty() && !now.isBefore(waiting.get(0).sentAt().plus(wait));
        }

        List<Delivered> takeWaiting() {
            List<Delivered> taken = List.copyOf(waiting);
            waiting.clear();
            return taken;
        }

        int total() {
            return total;
        }
    }

    private void recordFailure(OutboxEntry entry, Exception e) {
        FailedAttempt failed = FailedAttempt.after(entry.attempts(), e, settings.retry(), clock.instant());
        NotificationStatus status = failed.last() ? NotificationStatus.FAILED : NotificationStatus.PENDING;
        repository.markAttemptFailed(entry.id(), nodeId, failed.attempts(), failed.error(), failed.nextAttemptAt(),
                status);
        if (failed.last()) {
            log.warn("Notification {} for {} {} FAILED after {} attempts: {}", entry.id(), entry.caseType(),
                    entry.caseId(), failed.attempts(), failed.error());
        } else {
            log.warn("Notification {} for {} {} not sent (attempt {} of {}), next at {}: {}", entry.id(),
                    entry.caseType(), entry.caseId(), failed.attempts(), settings.retry().maxAttempts(),
                    failed.nextAttemptAt(), failed.error());
        }
    }

    @Override
    public synchronized void start() {
        if (polling.start()) {
            log.info("Notification dispatcher {} started, polling every {}{}", nodeId, settings.pollInterval(),
                        transport.available() ? ""
                                : "; no mail server configured (spring.mail.host), mail waits in the outbox");
        }
    }

    @Override
    public synchronized void stop() {
        // A mail in flight finishes; anything left keeps its claim and is taken over after the lease.
        polling.stop();
    }

    @Override
    public boolean isRunning() {
        return polling.isRunning();
    }
}
