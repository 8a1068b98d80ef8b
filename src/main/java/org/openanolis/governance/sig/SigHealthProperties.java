package org.openanolis.governance.sig;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a SIG may stay without activity before it is INACTIVE, and before its retirement is proposed. */
@ConfigurationProperties("governance.sig")
public record SigHealthProperties(@DefaultValue("P180D") Duration inactiveAfter,
                                  @DefaultValue("P365D") Duration retireAfter) {
}
