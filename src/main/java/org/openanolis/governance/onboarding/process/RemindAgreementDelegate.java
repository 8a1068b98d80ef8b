package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** The proposer has not confirmed the contribution agreement yet: remind them. */
@Component
record RemindAgreementDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.remindAgreement(execution.getProcessBusinessKey());
    }
}
