package org.openanolis.governance.cases;

/**
 * The states of a case the committee decides without any step of its own before the vote: a committee removal or
 * appointment, a SIG's leadership change (straight to VOTING), a SIG's retirement or a project's archiving (open for
 * public comment first). An open case keeps its subject from a second case of the same kind.
 */
public enum DecisionStatus implements CaseStatus {
    COMMENT_PERIOD, VOTING, NO_QUORUM, APPROVED, REJECTED, WITHDRAWN, EXPIRED;

    private static final StatusKinds<DecisionStatus> KINDS = StatusKinds.of(DecisionStatus.class)
            .commentPeriod(COMMENT_PERIOD).closed(APPROVED, REJECTED, EXPIRED).withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
