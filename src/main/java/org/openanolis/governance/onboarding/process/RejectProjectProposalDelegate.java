package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.openanolis.governance.task.TaskKind;
import org.springframework.stereotype.Component;

/** Someone before the vote said no; which decision it was follows from the service task (see REJECTIONS). */
@Component
record RejectProjectProposalDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        TaskKind task = ProjectOnboardingProcess.REJECTIONS.get(execution.getCurrentActivityId());
        proposals.reject(execution.getProcessBusinessKey(), task, task.decision(execution));
    }
}
