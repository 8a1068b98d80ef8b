package org.openanolis.governance.partner;

import org.openanolis.governance.cases.CasePhase;
import org.openanolis.governance.cases.CaseStatus;

/**
 * The states of a partner application (DOMAIN.md, Process 3); open ones keep their company from applying twice at
 * once. The committee's approval lists the partner at once, so no application waits in a decided phase.
 */
public enum ApplicationStatus implements CaseStatus {
    ELIGIBILITY(CasePhase.OPEN), CHANGES_REQUESTED(CasePhase.OPEN), TECHNICAL_VERIFICATION(CasePhase.OPEN),
    VOTING(CasePhase.OPEN), LISTED(CasePhase.CLOSED), REJECTED(CasePhase.CLOSED), NO_QUORUM(CasePhase.OPEN),
    WITHDRAWN(CasePhase.CLOSED), EXPIRED(CasePhase.CLOSED);

    private final CasePhase phase;

    ApplicationStatus(CasePhase phase) {
        this.phase = phase;
    }

    @Override
    public CasePhase phase() {
        return phase;
    }

    @Override
    public boolean awaitsRevision() {
        return this == CHANGES_REQUESTED;
    }
}
