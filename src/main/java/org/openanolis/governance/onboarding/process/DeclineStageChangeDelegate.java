package org.openanolis.governance.onboarding.process;

import static org.openanolis.governance.task.TaskKind.SIG_ENDORSEMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** The sponsoring SIG (or the chair in its place) declined the stage change: it ends, rejected. */
@Component
record DeclineStageChangeDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.decline(execution.getProcessBusinessKey(), SIG_ENDORSEMENT.decision(execution));
    }
}
