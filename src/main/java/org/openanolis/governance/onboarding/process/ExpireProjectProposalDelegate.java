package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** The proposer never confirmed the agreement, or the chair closed the vote: the proposal expires. */
@Component
record ExpireProjectProposalDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.expire(execution.getProcessBusinessKey());
    }
}
