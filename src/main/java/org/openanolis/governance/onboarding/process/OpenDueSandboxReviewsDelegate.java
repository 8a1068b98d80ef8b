package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.SandboxReviews;
import org.springframework.stereotype.Component;

/** The daily check that opens the SANDBOX reviews that are due. */
@Component
record OpenDueSandboxReviewsDelegate(SandboxReviews reviews) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reviews.openDue();
    }
}
