package org.openanolis.governance.committee.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.committee.CommitteeMembership;
import org.springframework.stereotype.Component;

/** The committee approved the appointment; the person joins the committee. */
@Component
record AppointCommitteeMemberDelegate(CommitteeMembership committee) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        committee.appoint(execution.getProcessBusinessKey());
    }
}
