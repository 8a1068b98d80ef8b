package org.openanolis.toy;

import org.openanolis.governance.cases.CasePhase;
import org.openanolis.governance.cases.CaseStatus;

enum ToyStatus implements CaseStatus {
    VOTING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN;

    @Override
    public CasePhase phase() {
        return this == VOTING || this == NO_QUORUM ? CasePhase.OPEN : CasePhase.CLOSED;
    }
}
