package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/** The chair closed the revocation's vote without a decision: the partner stays as it is. */
@Component
record CloseRevocationDelegate(PartnerDirectory service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.closeRevocation(execution.getProcessBusinessKey());
    }
}
