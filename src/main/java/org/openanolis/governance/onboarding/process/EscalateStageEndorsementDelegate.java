package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectStageChanges;
import org.springframework.stereotype.Component;

/** The sponsoring SIG stayed silent: the timeline records that the committee chair decides instead. */
@Component
record EscalateStageEndorsementDelegate(ProjectStageChanges changes) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        changes.escalateEndorsement(execution.getProcessBusinessKey());
    }
}
