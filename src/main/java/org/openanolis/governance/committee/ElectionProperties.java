package org.openanolis.governance.committee;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organization cap of DOMAIN.md "Elections", which an appointment between elections must keep too: at most this
 * many committee seats per organization, counted over the whole committee after the change.
 */
@ConfigurationProperties("governance.election")
public record ElectionProperties(@DefaultValue("2") int maxSeatsPerOrganization) {
}
