package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.ProjectProposals;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** The sponsoring SIG stayed silent: the timeline records that the committee chair decides instead. */
@Component
@RequiredArgsConstructor
class EscalateEndorsementDelegate implements JavaDelegate {

    private final ProjectProposals proposals;

    @Override
    public void execute(DelegateExecution execution) {
        proposals.escalateEndorsement(execution.getProcessBusinessKey());
    }
}
