package org.openanolis.governance.sig;

/** The states of a SIG proposal (DOMAIN.md, Process 1). */
public enum SigStatus {
    TRIAGE, CHANGES_REQUESTED, VOTING, PROVISIONING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

    /** Open proposals can still be withdrawn, and keep their name reserved. */
    public boolean isOpen() {
        return switch (this) {
            case TRIAGE, CHANGES_REQUESTED, VOTING, PROVISIONING, NO_QUORUM -> true;
            default -> false;
        };
    }
}
