package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigRetirements;
import org.springframework.stereotype.Component;

/** The committee approved the retirement; the SIG is RETIRED and hands over what it owned. */
@Component
record CarryOutSigRetirementDelegate(SigRetirements retirements) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        retirements.carryOut(execution.getProcessBusinessKey());
    }
}
