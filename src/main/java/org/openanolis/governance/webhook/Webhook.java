package org.openanolis.governance.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A registered webhook as administrators see it. The secret is not part of it: it is written once, at registration,
 * and only the dispatcher reads it back, to sign.
 */
public record Webhook(String id, String url, Set<WebhookEvent> events, String createdBy, Instant createdAt) {
}
