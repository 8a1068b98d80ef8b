package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** No first response to the technical verification in time: the chair is told. */
@Component
record NotifyChairOfOverdueVerificationDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.verificationOverdue(execution.getProcessBusinessKey());
    }
}
