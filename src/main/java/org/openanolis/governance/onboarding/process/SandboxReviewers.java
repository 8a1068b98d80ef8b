package org.openanolis.governance.onboarding.process;

import java.util.List;

import org.openanolis.governance.onboarding.SandboxReviews;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Expression bean of project-sandbox-review.bpmn: the review task's candidate users, the sponsoring SIG's chairs
 * ({@code ${sandboxReviewers.of(caseId)}}), and how long they have to answer ({@code ${sandboxReviewers.answerWithin()}}).
 */
@Component
@RequiredArgsConstructor
public class SandboxReviewers {

    private final SandboxReviews reviews;

    public List<String> of(String project) {
        return reviews.reviewers(project);
    }

    public String answerWithin() {
        return reviews.answerWithin();
    }
}
