package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** Nomination closed: voting opens with the candidacies that count, or the election fails without any. */
@Component
record OpenVotingDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("votingOpened", steps.openVoting(execution.getProcessBusinessKey()));
    }
}
