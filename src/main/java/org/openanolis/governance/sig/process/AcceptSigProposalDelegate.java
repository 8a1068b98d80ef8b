package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Triage accepted the proposal: it goes to the committee vote. */
@Component
@RequiredArgsConstructor
class AcceptSigProposalDelegate implements JavaDelegate {

    private final SigProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.accept(execution.getProcessBusinessKey(), (String) execution.getVariable(SigCreationProcess.TRIAGE_ACTOR),
                (String) execution.getVariable(SigCreationProcess.TRIAGE_COMMENT));
    }
}
