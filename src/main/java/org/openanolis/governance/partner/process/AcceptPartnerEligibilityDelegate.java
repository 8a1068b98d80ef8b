package org.openanolis.governance.partner.process;

import static org.openanolis.governance.task.TaskKind.PARTNER_ELIGIBILITY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** Community operations found the applicant eligible: on to technical verification. */
@Component
record AcceptPartnerEligibilityDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.acceptEligibility(execution.getProcessBusinessKey(), PARTNER_ELIGIBILITY.decision(execution));
    }
}
