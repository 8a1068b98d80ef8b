package org.openanolis.governance.sig.process;

import static org.openanolis.governance.task.TaskKind.SIG_PROVISIONING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

/** Provisioning is confirmed: the SIG becomes ACTIVE and is announced. */
@Component
record RegisterSigDelegate(SigProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.register(execution.getProcessBusinessKey(), SIG_PROVISIONING.actor(execution));
    }
}
