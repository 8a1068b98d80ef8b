package org.openanolis.toy;

import org.openanolis.governance.cases.CasePhase;
import org.openanolis.governance.cases.CaseStatus;

enum ToyStatus implements CaseStatus {
    COMMENT_PERIOD, VOTING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN;

    @Override
    public CasePhase phase() {
        return ordinal() <= NO_QUORUM.ordinal() ? CasePhase.OPEN : CasePhase.CLOSED;
    }

    @Override
    public boolean takesComments() {
        return this == COMMENT_PERIOD;
    }
}
