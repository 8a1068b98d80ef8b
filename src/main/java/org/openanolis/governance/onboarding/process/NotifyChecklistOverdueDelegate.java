package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The onboarding checklist is past its target: the committee chair is told. */
@Component
@RequiredArgsConstructor
class NotifyChecklistOverdueDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.checklistOverdue(execution.getProcessBusinessKey());
    }
}
