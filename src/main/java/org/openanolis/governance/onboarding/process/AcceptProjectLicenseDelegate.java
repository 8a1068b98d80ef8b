package org.openanolis.governance.onboarding.process;

import static org.openanolis.governance.task.TaskKind.LEGAL_REVIEW;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** Legal review accepted a license outside the allowed list: the sponsoring SIG is asked next. */
@Component
record AcceptProjectLicenseDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.acceptLicense(execution.getProcessBusinessKey(), LEGAL_REVIEW.decision(execution));
    }
}
