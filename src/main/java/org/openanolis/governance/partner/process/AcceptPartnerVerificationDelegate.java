package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The compatibility reviewer confirmed every product's report: on to the committee vote. */
@Component
@RequiredArgsConstructor
class AcceptPartnerVerificationDelegate implements JavaDelegate {

    private final PartnerApplications service;

    @Override
    public void execute(DelegateExecution execution) {
        service.acceptVerification(execution.getProcessBusinessKey(), (String) execution.getVariable(PartnerApprovalProcess.REVIEW_ACTOR),
                (String) execution.getVariable(PartnerApprovalProcess.REVIEW_COMMENT));
    }
}
