package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The applicant has been silent since changes were requested: remind them. */
@Component
@RequiredArgsConstructor
class RemindApplicantToReviseDelegate implements JavaDelegate {

    private final PartnerApplications service;

    @Override
    public void execute(DelegateExecution execution) {
        service.remindToRevise(execution.getProcessBusinessKey());
    }
}
