package org.openanolis.governance.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator the prod profile creates at startup. The password has no default on purpose: production
 * refuses to start until someone chose one (see {@link ProductionSafetyCheck}).
 */
@ConfigurationProperties("governance.admin")
public record AdministratorProperties(@DefaultValue("admin") String id, String password) {
}
