package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Both due diligence reviews accepted the project: it goes to the committee vote. */
@Component
@RequiredArgsConstructor
class PassDueDiligenceDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.passDueDiligence(execution.getProcessBusinessKey());
    }
}
