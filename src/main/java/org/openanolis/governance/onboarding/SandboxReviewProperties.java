package org.openanolis.governance.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often a SANDBOX project is reviewed, and how long its SIG's chairs have to answer before the chair is told. */
@ConfigurationProperties("governance.project")
public record SandboxReviewProperties(@DefaultValue("P365D") Duration sandboxReviewEvery,
                                      @DefaultValue("P60D") Duration sandboxReviewAnswerWithin) {
}
