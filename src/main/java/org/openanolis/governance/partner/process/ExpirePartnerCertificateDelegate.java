package org.openanolis.governance.partner.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.partner.PartnerDirectory;
import org.springframework.stereotype.Component;

/** The certificate reached its end: the partner leaves the listed partners. */
@Component
record ExpirePartnerCertificateDelegate(PartnerDirectory service) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        service.expireCertificate(execution.getProcessBusinessKey());
    }
}
