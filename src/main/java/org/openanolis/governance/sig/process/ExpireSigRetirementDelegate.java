package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigRetirements;
import org.springframework.stereotype.Component;

/** The chair closed the retirement's vote without a decision. */
@Component
record ExpireSigRetirementDelegate(SigRetirements retirements) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        retirements.expire(execution.getProcessBusinessKey());
    }
}
