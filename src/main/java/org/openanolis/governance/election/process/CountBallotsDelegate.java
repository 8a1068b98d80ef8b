package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** Voting closed: the ballots are counted. */
@Component
record CountBallotsDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.count(execution.getProcessBusinessKey());
    }
}
