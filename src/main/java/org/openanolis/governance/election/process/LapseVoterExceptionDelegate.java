package org.openanolis.governance.election.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** Nomination closed before an officer answered the request: it lapses. */
@Component
record LapseVoterExceptionDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.lapseException((String) execution.getVariable("exceptionId"));
    }
}
