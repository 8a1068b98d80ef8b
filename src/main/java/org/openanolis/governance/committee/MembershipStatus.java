package org.openanolis.governance.committee;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/**
 * The states of a removal or an appointment: straight to the committee's vote, then decided; open ones keep the
 * person from a second case of the same kind.
 */
public enum MembershipStatus implements CaseStatus {
    VOTING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

    private static final StatusKinds<MembershipStatus> KINDS = StatusKinds.of(MembershipStatus.class)
            .closed(APPROVED, REJECTED, EXPIRED).withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
