package org.openanolis.governance.sig;

import java.time.Instant;

/**
 * A person who led the SIG and no longer does, in one role: {@code CHAIR} or {@code TECH_LEAD}, since when, and
 * by which leadership change (its case id) or {@code step-down}.
 */
public record EmeritusLead(String person, String role, Instant endedAt, String endedBy) {

    public static final String CHAIR = "CHAIR";
    public static final String TECH_LEAD = "TECH_LEAD";
    public static final String STEP_DOWN = "step-down";
}
