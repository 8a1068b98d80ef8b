package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/**
 * The states of a project's stage change: the sponsoring SIG endorses it, community operations check its evidence
 * (and may ask the proposer for changes), it is open for public comment, then the committee votes.
 */
public enum StageChangeStatus implements CaseStatus {
    SIG_ENDORSEMENT, DUE_DILIGENCE, CHANGES_REQUESTED, COMMENT_PERIOD, VOTING, NO_QUORUM, APPROVED, REJECTED,
    WITHDRAWN, EXPIRED;

    private static final StatusKinds<StageChangeStatus> KINDS = StatusKinds.of(StageChangeStatus.class)
            .awaitingRevision(CHANGES_REQUESTED).commentPeriod(COMMENT_PERIOD).closed(APPROVED, REJECTED, EXPIRED)
            .withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
