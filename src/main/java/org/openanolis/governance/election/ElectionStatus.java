package org.openanolis.governance.election;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/**
 * Where an election stands: SCHEDULED until nomination opens, NOMINATING, VOTING, COUNTED until the officers
 * certify, CERTIFIED until the term starts, then SEATED; ANNULLED when the officers refuse the count, FAILED when
 * no candidacy counted, CANCELLED when the officer who opened it withdrew it.
 */
public enum ElectionStatus implements CaseStatus {
    SCHEDULED, NOMINATING, VOTING, COUNTED, CERTIFIED, SEATED, ANNULLED, FAILED, CANCELLED;

    private static final StatusKinds<ElectionStatus> KINDS = StatusKinds.of(ElectionStatus.class)
            .decided(CERTIFIED).closed(SEATED, ANNULLED, FAILED).withdrawn(CANCELLED);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }

    /** Whether the officer who opened the election may still cancel it: until voting closes. */
    public boolean cancellable() {
        return this == SCHEDULED || this == NOMINATING || this == VOTING;
    }
}
