package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigHealth;
import org.springframework.stereotype.Component;

/** The daily health check of every SIG. */
@Component
record CheckSigHealthDelegate(SigHealth health) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        health.check();
    }
}
