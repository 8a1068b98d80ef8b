package org.openanolis.governance.election.process;

import static org.openanolis.governance.task.TaskKind.ELECTION_EXCEPTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.election.ElectionSteps;
import org.springframework.stereotype.Component;

/** An officer answered a request for an exception to the voter roll (the request's id is local to its subprocess). */
@Component
record AnswerVoterExceptionDelegate(ElectionSteps steps) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        steps.answerException(execution.getProcessBusinessKey(), (String) execution.getVariable("exceptionId"),
                "GRANT".equals(execution.getVariable(ELECTION_EXCEPTION.outcomeVariable())),
                ELECTION_EXCEPTION.decision(execution));
    }
}
