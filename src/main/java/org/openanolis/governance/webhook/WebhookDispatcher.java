package org.openanolis.governance.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.openanolis.governance.system.FailedAttempt;
import org.openanolis.governance.system.NodeName;
import org.openanolis.governance.system.PollingThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the webhook outbox on its own single thread, never in a caller's thread or transaction: woken after a
 * transaction that wrote deliveries commits, and polling every {@code governance.webhooks.poll-interval} for those
 * written before a restart or waiting for a retry.
 * <p>
 * Several nodes may share the outbox. A node sends a delivery only after claiming it as the notification dispatcher
 * claims mail: a conditional update that exactly one node wins, for {@code governance.webhooks.claim-lease}, after
 * which a dead node's deliveries are taken over (and sent again with the same id, which is what receivers de-duplicate
 * on). A failed attempt waits by the mail's back-off ({@link FailedAttempt}) and is FAILED after the last one.
 */
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final WebhookSender sender;
    private final WebhookProperties settings;
    private final Clock clock;
    private final String nodeId;
    private final ReentrantLock passes = new ReentrantLock();
    private final PollingThread polling;

    WebhookDispatcher(DeliveryRepository deliveries, WebhookSender sender, WebhookProperties settings, Clock clock) {
        this(deliveries, sender, settings, clock, NodeName.fresh());
    }

    WebhookDispatcher(DeliveryRepository deliveries, WebhookSender sender, WebhookProperties settings, Clock clock,
                      String nodeId) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.nodeId = nodeId;
        this.polling = new PollingThread("webhook-dispatcher", "Webhook dispatch", settings.pollInterval(),
                this::dispatchDue);
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
     * Claims and sends every due delivery in the calling thread; answers how many this call delivered. Safe from
     * several threads or nodes at once: each delivery is sent by the one that claimed it.
     */
    public int dispatchDue() {
        passes.lock();
        try {
            int delivered = 0;
            while (true) {
                Instant now = clock.instant();
                List<String> due = deliveries.due(now, BATCH);
                List<DeliveryRepository.Claimed> claimed = deliveries.claim(due, nodeId, now,
                        now.plus(settings.claimLease()));
                Instant sendBy = now.plus(settings.claimLease().dividedBy(2));
                for (int i = 0; i < claimed.size(); i++) {
                    if (!clock.instant().isBefore(sendBy)) {
                        // Receivers so slow that half the lease is gone: the rest goes back rather than being sent
                        // under a claim about to lapse, which another node would then send again.
                        deliveries.release(claimed.subList(i, claimed.size()).stream()
                                .map(DeliveryRepository.Claimed::id).toList(), nodeId);
                        return delivered;
                    }
                    delivered += deliver(claimed.get(i)) ? 1 : 0;
                }
                if (due.size() < BATCH || claimed.isEmpty()) {
                    return delivered;
                }
            }
        } finally {
            passes.unlock();
        }
    }

    private boolean deliver(DeliveryRepository.Claimed delivery) {
        try {
            sender.send(delivery);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(delivery, e);
            return false;
        } catch (Exception e) {
            recordFailure(delivery, e);
            return false;
        }
        if (deliveries.markSent(delivery.id(), nodeId, clock.instant())) {
            log.info("Sent webhook delivery {} ({}) to webhook {}", delivery.id(), delivery.event(),
                    delivery.webhookId());
        } else {
            log.warn("Sent webhook delivery {}, but the claim had lapsed; another node may send it again with the "
                    + "same id", delivery.id());
        }
        return true;
    }

    private void recordFailure(DeliveryRepository.Claimed delivery, Exception e) {
        FailedAttempt failed = FailedAttempt.after(delivery.attempts(), e, settings.retry(), clock.instant());
        deliveries.markAttemptFailed(delivery.id(), nodeId, failed);
        if (failed.last()) {
            log.warn("Webhook delivery {} ({}) to webhook {} FAILED after {} attempts: {}", delivery.id(),
                    delivery.event(), delivery.webhookId(), failed.attempts(), failed.error());
        } else {
            log.warn("Webhook delivery {} ({}) to webhook {} not sent (attempt {} of {}), next at {}: {}",
                    delivery.id(), delivery.event(), delivery.webhookId(), failed.attempts(),
                    settings.retry().maxAttempts(), failed.nextAttemptAt(), failed.error());
        }
    }

    @Override
    public synchronized void start() {
        if (polling.start()) {
            log.info("Webhook dispatcher {} started, polling every {}", nodeId, settings.pollInterval());
        }
    }

    @Override
    public synchronized void stop() {
        // A delivery in flight finishes (its timeouts bound it); anything left keeps its claim until the lease.
        polling.stop();
    }

    @Override
    public boolean isRunning() {
        return polling.isRunning();
    }
}
