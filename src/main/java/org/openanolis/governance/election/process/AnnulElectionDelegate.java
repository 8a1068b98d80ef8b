package org.openanolis.governance.election.process;

import static org.openanolis.governance.task.TaskKind.ELECTION_CERTIFICATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** The officers refused to certify the count: the election is annulled. */
@Component
record AnnulElectionDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.annul(execution.getProcessBusinessKey(), ELECTION_CERTIFICATION.decision(execution));
    }
}
