package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Legal review accepted a license outside the allowed list: the sponsoring SIG is asked next. */
@Component
@RequiredArgsConstructor
class AcceptProjectLicenseDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.acceptLicense(execution.getProcessBusinessKey(),
                (String) execution.getVariable(ProjectOnboardingProcess.LEGAL_REVIEW + ProjectOnboardingProcess.ACTOR),
                (String) execution.getVariable(ProjectOnboardingProcess.LEGAL_REVIEW + ProjectOnboardingProcess.COMMENT));
    }
}
