package org.openanolis.governance.webhook;

import java.time.Duration;

import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code governance.webhooks.*} settings.
 *
 * @param allowPrivate   whether a webhook may point at a loopback, link-local or private address: off, so that
 *                       nobody can make the server call into its own network; tests turn it on for their receiver
 * @param connectTimeout how long to wait for a receiver's connection
 * @param readTimeout    how long to wait for a receiver's answer once the body is sent
 * @param pollInterval   how often the dispatcher looks for due deliveries besides being woken after a commit
 * @param claimLease     how long a node owns a delivery it claimed, before another node may take it over
 * @param retry          the back-off of a delivery that failed, the same rule as the mail outbox's
 */
@ConfigurationProperties("governance.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("PT5S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration readTimeout,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT2M") Duration claimLease,
        @DefaultValue GovernanceProperties.Retry retry) {
}
