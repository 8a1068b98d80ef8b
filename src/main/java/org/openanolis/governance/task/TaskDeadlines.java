package org.openanolis.governance.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * When a person's open tasks are due. A task's due date is its own where the process gave it one; otherwise the
 * first timer on the task itself: the moment the process reminds of it, escalates it or ends it if it is still open
 * (an endorsement's 14 days, an annual report's due date). A task with neither is due at no moment.
 */
@Service
@RequiredArgsConstructor
public class TaskDeadlines {

    private final Inbox inbox;
    private final TaskService tasks;
    private final ManagementService management;

    /** One open task and when it is due. */
    public record TaskDeadline(TaskView task, Instant dueAt) {
    }

    /** The person's open tasks that are due at some moment, the soonest first. */
    public List<TaskDeadline> of(String person) {
        List<TaskDeadline> deadlines = new ArrayList<>();
        for (TaskView view : inbox.openTasksOf(person)) {
            dueAt(view).ifPresent(at -> deadlines.add(new TaskDeadline(view, at)));
        }
        deadlines.sort(Comparator.comparing(TaskDeadline::dueAt));
        return deadlines;
    }

    private Optional<Instant> dueAt(TaskView view) {
        if (view.dueAt() != null) {
            return Optional.of(view.dueAt());
        }
        Task task = tasks.createTaskQuery().taskId(view.id()).singleResult();
        if (task == null || task.getExecutionId() == null) {
            return Optional.empty();
        }
        // A boundary timer's job belongs to the execution of the activity it is attached to: the task's own.
        return management.createJobQuery().timers().executionId(task.getExecutionId()).list().stream()
                .map(Job::getDuedate).filter(Objects::nonNull).map(Date::toInstant)
                .min(Comparator.naturalOrder());
    }
}
