package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/** The SUPER vote approved the revocation: the partner is REVOKED. */
@Component
record RevokePartnerDelegate(PartnerDirectory service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.revoke(execution.getProcessBusinessKey());
    }
}
