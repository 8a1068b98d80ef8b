package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.vote.Threshold;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Opens a vote (or finds the electorate too small) for the case the process was called with. */
@Component
@RequiredArgsConstructor
class OpenVoteDelegate implements JavaDelegate {

    private final Votes votes;

    @Override
    public void execute(DelegateExecution execution) {
        Votes.Opening opening = votes.open((String) execution.getVariable(VoteProcess.CASE_TYPE),
                (String) execution.getVariable(VoteProcess.CASE_ID),
                Threshold.valueOf((String) execution.getVariable(VoteProcess.THRESHOLD)),
                execution.getProcessInstanceId());
        execution.setVariable(VoteProcess.VOTE_ID, opening.voteId());
        execution.setVariable(VoteProcess.CASE_NAME, opening.caseName());
        execution.setVariable(VoteProcess.ELECTORATE_SUFFICIENT, opening.electorateSufficient());
    }
}
