package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigLeadership;
import org.springframework.stereotype.Component;

/** The chair closed the leadership change's vote without a decision. */
@Component
record ExpireSigLeadershipChangeDelegate(SigLeadership leadership) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        leadership.expire(execution.getProcessBusinessKey());
    }
}
