package org.openanolis.governance.portal;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.Languages;

import lombok.Getter;
import lombok.Setter;

/** The comment form on a case's page during its public comment period. */
@Getter
@Setter
public class CommentInput {

    private String text;

    /** The service's problem with the text, as the page shows it. */
    public static FieldProblem shown(FieldProblem problem) {
        return "text".equals(problem.field()) ? new FieldProblem("text", Languages.text("problem.labelled", Languages.text("problem.field.comment-label"), problem.message())) : null;
    }
}
