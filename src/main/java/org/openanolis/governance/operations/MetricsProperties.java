package org.openanolis.governance.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The governance metrics' settings.
 *
 * @param refreshInterval how long the counted rows are reused: scrapes, however frequent and from however many
 *                        Prometheus servers, query the database at most once per interval
 */
@ConfigurationProperties("governance.metrics")
public record MetricsProperties(@DefaultValue("PT5S") Duration refreshInterval) {
}
