package org.openanolis.governance.webhook;

import java.time.Instant;

/**
 * One delivery of one event to one webhook, as administrators see it; the id is the body's {@code id} and the
 * {@code X-Governance-Delivery} header, the same on every attempt.
 *
 * @param attempts how many times sending was tried
 */
public record Delivery(String id, String webhookId, WebhookEvent event, DeliveryStatus status, int attempts,
                       Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
