package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Provisioning is confirmed: the SIG becomes ACTIVE and is announced. */
@Component
@RequiredArgsConstructor
class RegisterSigDelegate implements JavaDelegate {

    private final SigProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.register(execution.getProcessBusinessKey(),
                (String) execution.getVariable(SigCreationProcess.PROVISIONING_ACTOR));
    }
}
