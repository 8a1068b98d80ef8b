package org.openanolis.governance.onboarding;

/** The states of a project proposal (DOMAIN.md, Process 2; API.md "Project proposals"). */
public enum ProjectProposalStatus {
    LEGAL_REVIEW, SIG_ENDORSEMENT, DUE_DILIGENCE, VOTING, NO_QUORUM, AGREEMENT_PENDING, ONBOARDING,
    ACCEPTED, REJECTED, WITHDRAWN, EXPIRED;

    /** Open proposals can still be withdrawn, and keep their name reserved. */
    public boolean isOpen() {
        return switch (this) {
            case ACCEPTED, REJECTED, WITHDRAWN, EXPIRED -> false;
            default -> true;
        };
    }
}
