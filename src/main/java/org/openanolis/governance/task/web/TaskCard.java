package org.openanolis.governance.task.web;

import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.task.TaskView;

/** A task as the pages show it: with its case named in words and the address of the case's page. */
record TaskCard(TaskView task, String caseTypeName, String casePath) {

    /** A case of a type nobody declared is named "Case" and has no page to link to. */
    static TaskCard of(TaskView task, CaseTypes types) {
        CaseType type = types.byKey(task.caseType()).orElse(null);
        return new TaskCard(task, type == null ? "Case" : type.label(),
                type == null || task.caseId() == null ? null : type.pagePath(task.caseId()));
    }

    /** The case's name in the reader's language, or its kind when the process carries no name. */
    public String caseLabel() {
        return task.shownCaseName() != null ? task.shownCaseName() : caseTypeName;
    }
}
