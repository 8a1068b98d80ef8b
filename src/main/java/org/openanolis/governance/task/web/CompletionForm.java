package org.openanolis.governance.task.web;

import lombok.Getter;
import lombok.Setter;

/**
 * A task's form as the person filled it in: kept as typed, so a refused form shows their words again.
 * A bean rather than a record because the form's fields are read and written by property.
 */
@Getter
@Setter
class CompletionForm {

    private String outcome;
    private String comment;
}
