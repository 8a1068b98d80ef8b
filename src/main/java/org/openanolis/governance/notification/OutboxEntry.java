package org.openanolis.governance.notification;

import java.time.Instant;

/**
 * One row of the notification outbox: a rendered mail for one recipient and where it is in its delivery.
 *
 * @param messageId   the stable {@code Message-ID} header, {@code <id@host>}, the same on every attempt
 * @param attempts    how many times sending was tried
 * @param claimedBy   the node sending it right now, if any, until {@code claimedUntil}
 */
public record OutboxEntry(
        String id,
        NoticeType type,
        String caseType,
        String caseId,
        String caseName,
        String recipientEmail,
        String recipientName,
        String subject,
        String bodyText,
        String bodyHtml,
        NotificationStatus status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        String claimedBy,
        Instant claimedUntil,
        Instant createdAt,
        Instant sentAt,
        String messageId) {
}
