package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The proposer confirmed the signed contribution agreement: onboarding starts. */
@Component
@RequiredArgsConstructor
class RecordAgreementDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.confirmAgreement(execution.getProcessBusinessKey(),
                (String) execution.getVariable(ProjectOnboardingProcess.AGREEMENT + ProjectOnboardingProcess.ACTOR));
    }
}
