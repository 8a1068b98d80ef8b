package org.openanolis.governance.sig.process;

import static org.openanolis.governance.task.TaskKind.SIG_TRIAGE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.sig.SigProposals;
import org.springframework.stereotype.Component;

/** Triage asked for changes: the proposer is told, with the comment. */
@Component
record RequestSigChangesDelegate(SigProposals proposals) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        proposals.requestChanges(execution.getProcessBusinessKey(), SIG_TRIAGE.decision(execution));
    }
}
