package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** A reviewer rejected the application: the contact and the applicant are told why. */
@Component
record RejectPartnerApplicationDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.reject(execution.getProcessBusinessKey(), PartnerApprovalProcess.REVIEW.decision(execution));
    }
}
