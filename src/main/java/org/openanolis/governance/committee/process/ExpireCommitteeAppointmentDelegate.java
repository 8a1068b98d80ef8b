package org.openanolis.governance.committee.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.committee.CommitteeMembership;
import org.springframework.stereotype.Component;

/** The chair closed the appointment's vote without a decision. */
@Component
record ExpireCommitteeAppointmentDelegate(CommitteeMembership committee) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        committee.expireAppointment(execution.getProcessBusinessKey());
    }
}
