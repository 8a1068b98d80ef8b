package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The chair closed the case: the calling process ends it as EXPIRED. */
@Component
class CloseWithoutDecisionDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VoteProcess.VOTE_OUTCOME, VoteProcess.CLOSED);
    }
}
