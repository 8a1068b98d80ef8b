package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.vote.VoteClosing;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Closes the vote, announces the result and hands the outcome back to the calling process. */
@Component
@RequiredArgsConstructor
class TallyVoteDelegate implements JavaDelegate {

    private final VoteClosing closing;

    @Override
    public void execute(DelegateExecution execution) {
        VoteOutcome outcome = closing.tally((String) execution.getVariable(VoteProcess.VOTE_ID),
                execution.getProcessInstanceId());
        execution.setVariable(VoteProcess.VOTE_OUTCOME, outcome.name());
    }
}
