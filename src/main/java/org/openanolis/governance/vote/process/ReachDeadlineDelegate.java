package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.vote.VoteClosing;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** At the deadline: tally, extend once, or end without quorum. */
@Component
@RequiredArgsConstructor
class ReachDeadlineDelegate implements JavaDelegate {

    private final VoteClosing closing;

    @Override
    public void execute(DelegateExecution execution) {
        VoteClosing.DeadlineOutcome outcome = closing.reachDeadline(
                (String) execution.getVariable(VoteProcess.VOTE_ID), execution.getProcessInstanceId());
        execution.setVariable(VoteProcess.DEADLINE_OUTCOME, outcome.name());
    }
}
