package org.openanolis.governance.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.openanolis.governance.onboarding.SandboxReviews;
import org.openanolis.governance.task.TaskKind;
import org.springframework.stereotype.Component;

/** The sponsoring SIG's chair answered the review by proposing the project's archiving. */
@Component
record ProposeArchivingFromReviewDelegate(SandboxReviews reviews) implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        reviews.proposeArchiving(execution.getProcessBusinessKey(), TaskKind.SANDBOX_REVIEW.decision(execution));
    }
}
