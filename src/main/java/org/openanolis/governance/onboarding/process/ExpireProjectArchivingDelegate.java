package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.springframework.stereotype.Component;

/** The chair closed the archiving's vote without a decision. */
@Component
record ExpireProjectArchivingDelegate(ProjectArchivings archivings) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        archivings.expire(execution.getProcessBusinessKey());
    }
}
