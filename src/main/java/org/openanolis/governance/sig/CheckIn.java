package org.openanolis.governance.sig;

import java.time.Instant;

/** A chair said "we are active": the SIG's last activity is now. */
public record CheckIn(String sig, String by, Instant at) {
}
