package org.openanolis.governance.sig;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/** The states of a SIG proposal (DOMAIN.md, Process 1); open ones keep their name reserved. */
public enum SigStatus implements CaseStatus {
    TRIAGE, CHANGES_REQUESTED, VOTING, PROVISIONING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

    private static final StatusKinds<SigStatus> KINDS = StatusKinds.of(SigStatus.class)
            .awaitingRevision(CHANGES_REQUESTED).decided(PROVISIONING).closed(APPROVED, REJECTED, EXPIRED)
            .withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
