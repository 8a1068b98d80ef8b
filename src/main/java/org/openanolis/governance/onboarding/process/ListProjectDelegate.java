package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Every checklist item is done: the project is listed as SANDBOX and announced. */
@Component
@RequiredArgsConstructor
class ListProjectDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.accept(execution.getProcessBusinessKey());
    }
}
