package org.openanolis.governance.sig;

import org.openanolis.governance.cases.CasePhase;
import org.openanolis.governance.cases.CaseStatus;

/** The states of a SIG proposal (DOMAIN.md, Process 1); open ones keep their name reserved. */
public enum SigStatus implements CaseStatus {
    TRIAGE(CasePhase.OPEN), CHANGES_REQUESTED(CasePhase.OPEN), VOTING(CasePhase.OPEN),
    PROVISIONING(CasePhase.DECIDED), NO_QUORUM(CasePhase.OPEN), APPROVED(CasePhase.CLOSED),
    REJECTED(CasePhase.CLOSED), WITHDRAWN(CasePhase.CLOSED), EXPIRED(CasePhase.CLOSED);

    private final CasePhase phase;

    SigStatus(CasePhase phase) {
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
