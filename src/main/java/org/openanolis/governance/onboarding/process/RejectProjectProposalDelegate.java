package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Someone before the vote said no; which decision it was follows from the service task (see REJECTIONS). */
@Component
@RequiredArgsConstructor
class RejectProjectProposalDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        String decision = ProjectOnboardingProcess.REJECTIONS.get(execution.getCurrentActivityId());
        proposals.reject(execution.getProcessBusinessKey(), decision,
                (String) execution.getVariable(decision + ProjectOnboardingProcess.ACTOR),
                (String) execution.getVariable(decision + ProjectOnboardingProcess.COMMENT));
    }
}
