package org.openanolis.governance.onboarding.process;

import static org.openanolis.governance.task.TaskKind.STAGE_DUE_DILIGENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** Due diligence asks the proposer for changes to the evidence. */
@Component
record RequestStageChangesDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.requestChanges(execution.getProcessBusinessKey(), STAGE_DUE_DILIGENCE.decision(execution));
    }
}
