package org.openanolis.governance.election.process;

import static org.openanolis.governance.task.TaskKind.ELECTION_CERTIFICATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** The officers certified the count: the result is published. */
@Component
record CertifyElectionDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.certify(execution.getProcessBusinessKey(), ELECTION_CERTIFICATION.decision(execution));
    }
}
