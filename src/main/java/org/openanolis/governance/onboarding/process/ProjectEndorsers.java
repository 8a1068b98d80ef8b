package org.openanolis.governance.onboarding.process;

import java.util.List;

import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Expression bean for the endorsement task's candidate users: the sponsoring SIG's chairs. */
@Component
@RequiredArgsConstructor
public class ProjectEndorsers {

    private final ProjectProposals proposals;

    public List<String> chairsOf(String caseId) {
        return proposals.endorsers(caseId);
    }
}
