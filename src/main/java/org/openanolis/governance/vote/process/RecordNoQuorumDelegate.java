package org.openanolis.governance.vote.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.vote.VoteClosing;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Records NO_QUORUM and tells the non-voters, the chair and the proposer. */
@Component
@RequiredArgsConstructor
class RecordNoQuorumDelegate implements JavaDelegate {

    private final VoteClosing closing;

    @Override
    public void execute(DelegateExecution execution) {
        closing.recordNoQuorum((String) execution.getVariable(VoteProcess.VOTE_ID),
                execution.getProcessInstanceId());
    }
}
