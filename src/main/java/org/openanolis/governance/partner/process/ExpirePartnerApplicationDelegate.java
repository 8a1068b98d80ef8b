package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerApplications;
import org.springframework.stereotype.Component;

/** The applicant stayed silent, or the chair closed the vote: the application expires. */
@Component
record ExpirePartnerApplicationDelegate(PartnerApplications service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.expire(execution.getProcessBusinessKey());
    }
}
