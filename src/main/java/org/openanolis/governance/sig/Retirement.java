package org.openanolis.governance.sig;

import java.time.Instant;

/** Why and when a SIG was retired, the SIG that took over (null if none) and the case that decided it. */
public record Retirement(String reason, Instant retiredAt, String successorSig, String caseId) {
}
