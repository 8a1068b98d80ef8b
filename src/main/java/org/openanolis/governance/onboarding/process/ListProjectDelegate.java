package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** Every checklist item is done: the project is listed as SANDBOX and announced. */
@Component
record ListProjectDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.accept(execution.getProcessBusinessKey());
    }
}
