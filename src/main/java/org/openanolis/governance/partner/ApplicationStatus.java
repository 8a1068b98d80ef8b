package org.openanolis.governance.partner;

/** The states of a partner application (DOMAIN.md, Process 3). */
public enum ApplicationStatus {
    ELIGIBILITY, CHANGES_REQUESTED, TECHNICAL_VERIFICATION, VOTING, LISTED, REJECTED, NO_QUORUM, WITHDRAWN, EXPIRED;

    /** Open applications can still be withdrawn, and keep their company from applying twice at once. */
    public boolean isOpen() {
        return switch (this) {
            case ELIGIBILITY, CHANGES_REQUESTED, TECHNICAL_VERIFICATION, VOTING, NO_QUORUM -> true;
            default -> false;
        };
    }
}
