package org.openanolis.governance.sig.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** Triage asked for changes: the proposer is told, with the comment. */
@Component
@RequiredArgsConstructor
class RequestSigChangesDelegate implements JavaDelegate {

    private final SigProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.requestChanges(execution.getProcessBusinessKey(),
                (String) execution.getVariable(SigCreationProcess.TRIAGE_ACTOR),
                (String) execution.getVariable(SigCreationProcess.TRIAGE_COMMENT));
    }
}
