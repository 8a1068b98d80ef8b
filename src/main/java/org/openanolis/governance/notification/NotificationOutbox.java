package org.openanolis.governance.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** The outbox as administrators, tests and metrics see it: what waits, what went out, what failed. */
@Service
public class NotificationOutbox {

    /** The most rows one listing returns. */
    public static final int MAX_LIMIT = 1000;

    private final NotificationRepository repository;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    NotificationOutbox(NotificationRepository repository, NotificationDispatcher dispatcher, Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Notifications newest first, of one status or (for {@code null}) all, at most {@code limit} (1 to 1000). */
    public List<OutboxEntry> list(NotificationStatus status, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return repository.list(status, limit);
    }

    /** One notification, whatever its status. */
    public Optional<OutboxEntry> find(String id) {
        return repository.find(id);
    }

    /** How many notifications have each status; every status is present. */
    public Map<NotificationStatus, Long> countByStatus() {
        return repository.countByStatus();
    }

    /**
     * Sends a FAILED notification again: back to PENDING with its attempts reset, due now, and the dispatcher woken.
     *
     * @return the notification as it is now, or empty when there is no FAILED notification with this id
     */
    public Optional<OutboxEntry> retry(String id) {
        if (!repository.requeueFailed(id, clock.instant())) {
            return Optional.empty();
        }
        dispatcher.wake();
        return repository.find(id);
    }
}
