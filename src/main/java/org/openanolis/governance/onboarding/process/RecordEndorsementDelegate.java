package org.openanolis.governance.onboarding.process;

import static org.openanolis.governance.task.TaskKind.SIG_ENDORSEMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

/** The sponsoring SIG (or the chair in its place) endorsed the project: due diligence starts. */
@Component
record RecordEndorsementDelegate(ProjectProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.endorse(execution.getProcessBusinessKey(), SIG_ENDORSEMENT.decision(execution));
    }
}
