package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The sponsoring SIG (or the chair in its place) endorsed the project: due diligence starts. */
@Component
@RequiredArgsConstructor
class RecordEndorsementDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.endorse(execution.getProcessBusinessKey(),
                (String) execution.getVariable(ProjectOnboardingProcess.ENDORSEMENT + ProjectOnboardingProcess.ACTOR),
                (String) execution.getVariable(ProjectOnboardingProcess.ENDORSEMENT + ProjectOnboardingProcess.COMMENT));
    }
}
