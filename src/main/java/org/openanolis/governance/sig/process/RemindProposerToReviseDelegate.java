package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

/** The proposer has been silent since changes were requested: remind them. */
@Component
record RemindProposerToReviseDelegate(SigProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.remindToRevise(execution.getProcessBusinessKey());
    }
}
