package org.openanolis.governance.notification.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.notification.NotificationOutbox;
import org.openanolis.governance.notification.NotificationStatus;
import org.openanolis.governance.notification.OutboxEntry;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The outbox for administrators (group camunda-admin, enforced by the security configuration on /api/admin/**). */
@RestController
@RequestMapping("/api/admin/notifications")
class NotificationAdminController {

    private final NotificationOutbox outbox;

    NotificationAdminController(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    Page<NotificationView> list(@RequestParam(required = false) NotificationStatus status, PageRequest page) {
        return outbox.list(status, page).map(NotificationView::of);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    NotificationView retry(@PathVariable String id) {
        OutboxEntry entry = outbox.find(id)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.notification.none", id)));
        if (entry.status() != NotificationStatus.FAILED) {
            throw new ConflictException(Languages.text("error.notification.not-failed", id, entry.status()));
        }
        return outbox.retry(id).map(NotificationView::of)
                .orElseThrow(() -> new ConflictException(Languages.text("error.notification.no-longer-failed", id)));
    }

    /** One notification as administrators see it; the bodies stay in the database. */
    record NotificationView(String id, List<String> to, String subject, NotificationStatus status, int attempts,
                            String lastError, Instant createdAt, Instant sentAt, String caseType, String caseId,
                            String messageId) {

        static NotificationView of(OutboxEntry entry) {
            return new NotificationView(entry.id(), List.of(entry.recipientEmail()), entry.subject(), entry.status(),
                    entry.attempts(), entry.lastError(), entry.createdAt(), entry.sentAt(), entry.caseType(),
                    entry.caseId(), entry.messageId());
        }
    }
}
