package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** The term starts: the winners take their seats. */
@Component
record StartTermDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.startTerm(execution.getProcessBusinessKey());
    }
}
