package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** A reviewer (eligibility or verification) asked for changes: the applicant is told, with the comment. */
@Component
record RequestPartnerChangesDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.requestChanges(execution.getProcessBusinessKey(), PartnerApprovalProcess.REVIEW.decision(execution));
    }
}
