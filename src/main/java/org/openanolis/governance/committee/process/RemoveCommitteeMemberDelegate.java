package org.openanolis.governance.committee.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.committee.CommitteeMembership;
import org.springframework.stereotype.Component;

/** The committee approved the removal; the member leaves the committee. */
@Component
record RemoveCommitteeMemberDelegate(CommitteeMembership committee) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        committee.remove(execution.getProcessBusinessKey());
    }
}
