package org.openanolis.governance.onboarding.process;

import java.util.List;

import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Expression bean for the endorsement tasks' candidate users: the sponsoring SIG's chairs. */
@Component
@RequiredArgsConstructor
public class ProjectEndorsers {

    private final ProjectProposals proposals;
    private final ProjectStageChanges stageChanges;

    /** Of a project proposal. */
    public List<String> chairsOf(String caseId) {
        return proposals.endorsers(caseId);
    }

    /** Of a listed project's stage change. */
    public List<String> chairsForStageChange(String caseId) {
        return stageChanges.endorsers(caseId);
    }
}
