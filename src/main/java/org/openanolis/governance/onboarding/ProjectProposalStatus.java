package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CasePhase;
import org.openanolis.governance.cases.CaseStatus;

/**
 * The states of a project proposal (DOMAIN.md, Process 2; API.md "Project proposals"); open ones keep their name
 * reserved. After the committee's approval the proposal is decided while its agreement and checklist are done.
 */
public enum ProjectProposalStatus implements CaseStatus {
    LEGAL_REVIEW(CasePhase.OPEN), SIG_ENDORSEMENT(CasePhase.OPEN), DUE_DILIGENCE(CasePhase.OPEN),
    VOTING(CasePhase.OPEN), NO_QUORUM(CasePhase.OPEN), AGREEMENT_PENDING(CasePhase.DECIDED),
    ONBOARDING(CasePhase.DECIDED), ACCEPTED(CasePhase.CLOSED), REJECTED(CasePhase.CLOSED),
    WITHDRAWN(CasePhase.CLOSED), EXPIRED(CasePhase.CLOSED);

    private final CasePhase phase;

    ProjectProposalStatus(CasePhase phase) {
        this.phase = phase;
    }

    @Override
    public CasePhase phase() {
        return phase;
    }
}
