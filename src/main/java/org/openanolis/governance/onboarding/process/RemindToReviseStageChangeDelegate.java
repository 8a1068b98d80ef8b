package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** The proposer has not revised the evidence yet: a reminder, unless they did in the meantime. */
@Component
record RemindToReviseStageChangeDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.remindToRevise(execution.getProcessBusinessKey());
    }
}
