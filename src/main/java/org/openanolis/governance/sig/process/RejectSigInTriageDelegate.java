package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Triage rejected the proposal (out of scope, duplicate): the proposer is told why. */
@Component
@RequiredArgsConstructor
class RejectSigInTriageDelegate implements JavaDelegate {

    private final SigProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.rejectInTriage(execution.getProcessBusinessKey(),
                (String) execution.getVariable(SigCreationProcess.TRIAGE_ACTOR),
                (String) execution.getVariable(SigCreationProcess.TRIAGE_COMMENT));
    }
}
