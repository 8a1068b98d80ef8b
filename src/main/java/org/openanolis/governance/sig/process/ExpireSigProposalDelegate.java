package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

/** The proposer stayed silent, or the chair closed the vote: the proposal expires. */
@Component
record ExpireSigProposalDelegate(SigProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.expire(execution.getProcessBusinessKey());
    }
}
