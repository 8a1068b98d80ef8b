package org.openanolis.governance.onboarding;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/**
 * The states of a project proposal (DOMAIN.md, Process 2; API.md "Project proposals"); open ones keep their name
 * reserved. After the committee's approval the proposal is decided while its agreement and checklist are done.
 */
public enum ProjectProposalStatus implements CaseStatus {
    LEGAL_REVIEW, SIG_ENDORSEMENT, DUE_DILIGENCE, VOTING, NO_QUORUM, AGREEMENT_PENDING, ONBOARDING, ACCEPTED,
    REJECTED, WITHDRAWN, EXPIRED;

    private static final StatusKinds<ProjectProposalStatus> KINDS = StatusKinds.of(ProjectProposalStatus.class)
            .decided(AGREEMENT_PENDING, ONBOARDING).closed(ACCEPTED, REJECTED, EXPIRED).withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
