package org.openanolis.governance.committee;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DOMAIN.md "Elections": the organization cap, which an appointment between elections must keep too (at most this
 * many committee seats per organization, counted over the whole committee after the change), and how long an
 * elected member's term lasts.
 */
@ConfigurationProperties("governance.election")
public record ElectionProperties(@DefaultValue("2") int maxSeatsPerOrganization, @DefaultValue("P365D") Duration term) {
}
