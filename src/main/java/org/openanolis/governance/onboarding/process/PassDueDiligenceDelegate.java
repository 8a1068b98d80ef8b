package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** Both due diligence reviews accepted the project: it goes to the committee vote. */
@Component
record PassDueDiligenceDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.passDueDiligence(execution.getProcessBusinessKey());
    }
}
