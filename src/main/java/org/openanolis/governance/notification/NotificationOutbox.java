package org.openanolis.governance.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.stereotype.Service;

/** The outbox as administrators, tests and metrics see it: what waits, what went out, what failed. */
@Service
public class NotificationOutbox {

    private final NotificationRepository repository;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    NotificationOutbox(NotificationRepository repository, NotificationDispatcher dispatcher, Clock clock) {
        this.repository = repository;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** One page of the notifications, newest first, of one status or (for {@code null}) all. */
    public Page<OutboxEntry> list(NotificationStatus status, PageRequest page) {
        return repository.list(status, page);
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
