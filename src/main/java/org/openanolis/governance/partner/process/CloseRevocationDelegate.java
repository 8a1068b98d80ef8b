package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The chair closed the revocation's vote without a decision: the partner stays as it is. */
@Component
@RequiredArgsConstructor
class CloseRevocationDelegate implements JavaDelegate {

    private final PartnerDirectory service;

    @Override
    public void execute(DelegateExecution execution) {
        service.closeRevocation(execution.getProcessBusinessKey());
    }
}
