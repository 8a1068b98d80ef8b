package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A reviewer (eligibility or verification) asked for changes: the applicant is told, with the comment. */
@Component
@RequiredArgsConstructor
class RequestPartnerChangesDelegate implements JavaDelegate {

    private final PartnerApplications service;

    @Override
    public void execute(DelegateExecution execution) {
        service.requestChanges(execution.getProcessBusinessKey(), (String) execution.getVariable(PartnerApprovalProcess.REVIEW_ACTOR),
                (String) execution.getVariable(PartnerApprovalProcess.REVIEW_COMMENT));
    }
}
