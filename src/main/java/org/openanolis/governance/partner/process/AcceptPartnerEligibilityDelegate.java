package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Community operations found the applicant eligible: on to technical verification. */
@Component
@RequiredArgsConstructor
class AcceptPartnerEligibilityDelegate implements JavaDelegate {

    private final PartnerApplications service;

    @Override
    public void execute(DelegateExecution execution) {
        service.acceptEligibility(execution.getProcessBusinessKey(), (String) execution.getVariable(PartnerApprovalProcess.REVIEW_ACTOR),
                (String) execution.getVariable(PartnerApprovalProcess.REVIEW_COMMENT));
    }
}
