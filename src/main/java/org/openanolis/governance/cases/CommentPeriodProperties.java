package org.openanolis.governance.cases;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a case is open for public comment before its vote opens (DOMAIN.md "Life after entry"). */
@ConfigurationProperties("governance")
public record CommentPeriodProperties(@DefaultValue("P14D") Duration commentPeriod) {
}
