package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** Nomination opens: the voter roll is frozen. */
@Component
record OpenNominationDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.openNomination(execution.getProcessBusinessKey());
    }
}
