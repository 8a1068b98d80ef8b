package org.openanolis.governance.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether people may sign in with a password kept here ({@code governance.local-sign-in}, on unless set false): a
 * community that signs everyone in through its provider turns it off, and then the sign-in form, HTTP Basic and
 * the passwords in the engine's identity store are refused.
 */
@ConfigurationProperties("governance")
public record SignInOptions(@DefaultValue("true") boolean localSignIn) {
}
