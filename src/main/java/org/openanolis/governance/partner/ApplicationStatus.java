package org.openanolis.governance.partner;

import org.openanolis.governance.cases.CaseStatus;
import org.openanolis.governance.cases.StatusKind;
import org.openanolis.governance.cases.StatusKinds;

/**
 * The states of a partner application (DOMAIN.md, Process 3); open ones keep their company from applying twice at
 * once. The committee's approval lists the partner at once, so no application waits in a decided phase.
 */
public enum ApplicationStatus implements CaseStatus {
    ELIGIBILITY, CHANGES_REQUESTED, TECHNICAL_VERIFICATION, VOTING, LISTED, REJECTED, NO_QUORUM, WITHDRAWN,
    EXPIRED;

    private static final StatusKinds<ApplicationStatus> KINDS = StatusKinds.of(ApplicationStatus.class)
            .awaitingRevision(CHANGES_REQUESTED).closed(LISTED, REJECTED, EXPIRED).withdrawn(WITHDRAWN);

    @Override
    public StatusKind kind() {
        return KINDS.of(this);
    }
}
