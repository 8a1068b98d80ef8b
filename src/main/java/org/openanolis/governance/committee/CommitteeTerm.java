package org.openanolis.governance.committee;

import java.time.Instant;

/**
 * One period of service on the steering committee: from its appointment (null for a member of the first
 * committee) to its removal (null while it lasts), with the deciding cases.
 */
public record CommitteeTerm(String person, Instant startedAt, Instant endedAt, String startedBy, String endedBy) {

    public boolean isOver() {
        return endedAt != null;
    }
}
