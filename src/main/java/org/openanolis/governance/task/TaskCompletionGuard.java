package org.openanolis.governance.task;

/**
 * A module's rule on which outcome a task may be completed with, checked before the task completes so that a
 * refused outcome leaves the task open. Throws {@code ConflictException} (409) to refuse.
 */
public interface TaskCompletionGuard {

    void check(TaskKind kind, String caseType, String caseId, String outcome);
}
