package org.openanolis.governance.notification;

import java.time.Instant;

/**
 * One row of the notification outbox: one recipient's mail and where it is in its delivery.
 *
 * @param bodyText    the plain-text body as sent; {@code null} until the dispatcher has rendered and sent it
 * @param bodyHtml    the HTML body, likewise
 * @param messageId   the stable {@code Message-ID} header, {@code <id@host>}, the same on every attempt
 * @param attempts    how many times sending was tried
 * @param claimedBy   the node sending it right now, if any, until {@code claimedUntil}
 * @param language    the language tag the bodies are rendered in
 * @param model       the template's variables as JSON, kept until the bodies are rendered and sent
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
        String messageId,
        String language,
        String model) {

    /** The row with the bodies it is sent with. */
    OutboxEntry withBodies(RenderedMail mail) {
        return new OutboxEntry(id, type, caseType, caseId, caseName, recipientEmail, recipientName, subject, mail.text(),
                mail.html(), status, attempts, nextAttemptAt, lastError, claimedBy, claimedUntil, createdAt, sentAt,
                messageId, language, model);
    }
}
