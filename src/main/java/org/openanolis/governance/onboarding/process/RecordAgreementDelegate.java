package org.openanolis.governance.onboarding.process;

import static org.openanolis.governance.task.TaskKind.AGREEMENT_CONFIRMATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** The proposer confirmed the signed contribution agreement: onboarding starts. */
@Component
record RecordAgreementDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.confirmAgreement(execution.getProcessBusinessKey(), AGREEMENT_CONFIRMATION.actor(execution));
    }
}
