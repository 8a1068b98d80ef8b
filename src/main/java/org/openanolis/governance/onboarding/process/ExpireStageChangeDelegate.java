package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** The proposer never revised, or the chair closed the vote without a decision: the stage change expires. */
@Component
record ExpireStageChangeDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.expire(execution.getProcessBusinessKey());
    }
}
