package org.openanolis.governance.election;

import java.time.Instant;

/**
 * A person not on the roll asking to vote (DOMAIN.md "Elections"): REQUESTED until an officer GRANTS or REFUSES it,
 * LAPSED when nomination closed first.
 */
public record VoterException(String id, String electionId, String person, String reason, String status,
                             Instant requestedAt, String decidedBy, Instant decidedAt, String answer) {

    public static final String REQUESTED = "REQUESTED";
    public static final String GRANTED = "GRANTED";
    public static final String REFUSED = "REFUSED";
    public static final String LAPSED = "LAPSED";
}
