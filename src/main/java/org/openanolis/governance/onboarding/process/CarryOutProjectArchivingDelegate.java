package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectArchivings;
import org.springframework.stereotype.Component;

/** The committee approved the archiving; the project is ARCHIVED. */
@Component
record CarryOutProjectArchivingDelegate(ProjectArchivings archivings) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        archivings.carryOut(execution.getProcessBusinessKey());
    }
}
