package org.openanolis.governance.webhook;

import java.util.List;

/**
 * A webhook to register, as an administrator sends it.
 *
 * @param url    where deliveries are POSTed: http or https, to a public address
 * @param secret the key of each body's HMAC-SHA256 signature, 16 to 200 characters
 * @param events the {@link WebhookEvent} names it hears, at least one
 */
public record WebhookForm(String url, String secret, List<String> events) {
}
