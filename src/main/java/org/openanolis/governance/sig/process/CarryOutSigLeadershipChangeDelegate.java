package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigLeadership;
import org.springframework.stereotype.Component;

/** The committee approved the leadership change; the SIG's leads change. */
@Component
record CarryOutSigLeadershipChangeDelegate(SigLeadership leadership) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        leadership.carryOut(execution.getProcessBusinessKey());
    }
}
