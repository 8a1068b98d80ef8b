package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** The committee approved: the project moves to its next stage. */
@Component
record CarryOutStageChangeDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.carryOut(execution.getProcessBusinessKey());
    }
}
