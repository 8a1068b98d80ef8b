package org.openanolis.governance.cases;

/**
 * What a status means to the mechanism, whatever the type calls it: the phase, and the two open statuses the
 * mechanism treats apart, the one a revision leaves and the public comment period.
 */
public enum StatusKind {
    OPEN(CasePhase.OPEN),
    AWAITING_REVISION(CasePhase.OPEN),
    COMMENT_PERIOD(CasePhase.OPEN),
    DECIDED(CasePhase.DECIDED),
    CLOSED(CasePhase.CLOSED),
    /** Closed by its proposer's withdrawal: the one status of this kind a type has, where a withdrawal leads. */
    WITHDRAWN(CasePhase.CLOSED);

    private final CasePhase phase;

    StatusKind(CasePhase phase) {
        this.phase = phase;
    }

    public CasePhase phase() {
        return phase;
    }
}
