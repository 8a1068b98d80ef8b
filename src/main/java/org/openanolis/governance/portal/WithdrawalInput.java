package org.openanolis.governance.portal;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.Languages;

import lombok.Getter;
import lombok.Setter;

/**
 * The withdrawal confirmation of any case (SIG proposal, project proposal, partner application): an optional
 * reason, told to everyone who had a task on the case. The page is {@link #PAGE}; its model names the case.
 */
@Getter
@Setter
public class WithdrawalInput {

    /**
     * The confirmation page; the model gives caseType (its key, which names the heading's and the case type's
     * messages), headingName, caseName, caseStatus, action and caseUrl.
     */
    public static final String PAGE = "portal/withdrawal";

    private String reason;

    /** The service's problem with the reason, as the page shows it. */
    public static FieldProblem shown(FieldProblem problem) {
        return "reason".equals(problem.field()) ? new FieldProblem("reason", Languages.text("problem.labelled", Languages.text("problem.field.reason-label"), problem.message())) : null;
    }
}
