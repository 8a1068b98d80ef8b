package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.SandboxReviews;
import org.springframework.stereotype.Component;

/** Nobody answered the SANDBOX review in time: the committee chair is told. */
@Component
record RemindOfSandboxReviewDelegate(SandboxReviews reviews) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reviews.remindCommitteeChair(execution.getProcessBusinessKey());
    }
}
