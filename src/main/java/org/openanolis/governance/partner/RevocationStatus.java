package org.openanolis.governance.partner;

/**
 * Where a revocation stands: its SUPER vote is open (VOTING) or waits for the chair (NO_QUORUM), or it ended:
 * APPROVED (the partner is REVOKED), REJECTED (the partner stays LISTED) or CLOSED by the chair.
 */
public enum RevocationStatus {
    VOTING, NO_QUORUM, APPROVED, REJECTED, CLOSED;

    public boolean isOpen() {
        return this == VOTING || this == NO_QUORUM;
    }
}
