package org.openanolis.governance.task.web;

import org.openanolis.governance.task.TaskView;

/** A task as the pages show it: with its case named in words and the address of the case's page. */
record TaskCard(TaskView task, String caseTypeName, String casePath) {

    static TaskCard of(TaskView task) {
        return new TaskCard(task, TaskChoices.caseTypeName(task.caseType()),
                TaskChoices.casePath(task.caseType(), task.caseId()));
    }

    /** The case's name, or its kind when the process carries no name. */
    public String caseLabel() {
        return task.caseName() != null ? task.caseName() : caseTypeName;
    }
}
