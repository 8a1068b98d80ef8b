package org.openanolis.governance.partner.process;

import static org.openanolis.governance.task.TaskKind.TECHNICAL_VERIFICATION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** The compatibility reviewer confirmed every product's report: on to the committee vote. */
@Component
record AcceptPartnerVerificationDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.acceptVerification(execution.getProcessBusinessKey(), TECHNICAL_VERIFICATION.decision(execution));
    }
}
