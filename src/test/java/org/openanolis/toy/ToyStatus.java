package org.openanolis.toy;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

enum ToyStatus implements CaseStatus {
    COMMENT_PERIOD, VOTING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN;

    private static final StatusKinds<ToyStatus> KINDS = StatusKinds.of(ToyStatus.class)
            .commentPeriod(COMMENT_PERIOD).closed(APPROVED, REJECTED).withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
