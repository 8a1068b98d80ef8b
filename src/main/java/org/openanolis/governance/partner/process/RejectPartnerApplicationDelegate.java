package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A reviewer rejected the application: the contact and the applicant are told why. */
@Component
@RequiredArgsConstructor
class RejectPartnerApplicationDelegate implements JavaDelegate {

    private final PartnerApplications service;

    @Override
    public void execute(DelegateExecution execution) {
        service.reject(execution.getProcessBusinessKey(), (String) execution.getVariable(PartnerApprovalProcess.REVIEW_ACTOR),
                (String) execution.getVariable(PartnerApprovalProcess.REVIEW_COMMENT));
    }
}
