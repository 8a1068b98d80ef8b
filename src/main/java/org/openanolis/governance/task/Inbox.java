package org.openanolis.governance.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.task.TaskCompletionRules.Completion;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import lombok.RequiredArgsConstructor;

/**
 * A person's open tasks and their completion. A task can be seen and completed only by its assignee
 * or, while unassigned, by a member of its candidate groups; a ballot task is completed by casting
 * the ballot, with the same rules as the ballots endpoint.
 */
@Service
@RequiredArgsConstructor
public class Inbox {

    private static final int ATTEMPTS = 5;

    private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::getCreateTime).reversed()
            .thenComparing(Task::getId);

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final CaseTasks caseTasks;
    private final Ballots ballots;
    private final TransactionTemplate transactions;
    private final TaskCompletionRules rules;

    /**
     * The caller's open tasks, newest first: those assigned to them, and the unassigned ones offered to them or to one
     * of their groups (the engine looks the groups up in its identity service). Two queries, each answered from its
     * own indexes (the assignee; the candidate links by user and by group), merged here: the engine's single OR
     * query of the three joins every task to its candidate links, and PostgreSQL reads the whole task table for it
     * on every request (the inbox benchmark's plans, README "Performance").
     */
    public List<TaskView> openTasksOf(String user) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        taskService.createTaskQuery().taskAssignee(user).list().forEach(t -> tasks.put(t.getId(), t));
        taskService.createTaskQuery().taskCandidateUser(user).list().forEach(t -> tasks.putIfAbsent(t.getId(), t));
        return views(tasks.values().stream()
                .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user))
                .sorted(NEWEST_FIRST)
                .toList());
    }

    public TaskView get(String taskId, String user) {
        return views(List.of(requireWorkable(taskId, user))).get(0);
    }

    /**
     * What the person must decide, as the user task's BPMN documentation says (the engine keeps it as the task's
     * description); null when the model has none. The same access rule as {@link #get}.
     */
    public String instructions(String taskId, String user) {
        return requireWorkable(taskId, user).getDescription();
    }

    /**
     * Completes a task with one of its outcomes; REQUEST_CHANGES, REJECT and DECLINE need a comment. The rules are
     * {@link TaskCompletionRules}', the same as for a completion from Camunda's Tasklist.
     */
    public void complete(String taskId, String user, String outcome, String comment) {
        Task task = requireWorkable(taskId, user);
        Map<String, Object> vars = taskService.getVariables(taskId, List.of("caseType", "caseId"));
        Completion completion = rules.admit(kindOf(task), (String) vars.get("caseType"), (String) vars.get("caseId"),
                user, outcome, comment);
        if (completion.isBallot()) {
            ballots.cast(completion.caseType(), completion.caseId(), user, BallotChoice.valueOf(completion.outcome()),
                    completion.comment());
            return;
        }
        rules.checkGuards(completion);
        completeWithRetry(taskId, completion.variables(), () -> rules.recordChairDecision(completion));
    }

    private void completeWithRetry(String taskId, Map<String, Object> variables, Runnable audit) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(tx -> {
                    if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                        throw new ConflictException("The task is no longer open");
                    }
                    audit.run();
                    taskService.complete(taskId, variables);
                });
                return;
            } catch (ConflictException e) {
                // Two people completing the same task at the same second: the loser's step finds the case
                // already moved on. Tell them what happened rather than which state refused the move.
                if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                    throw new ConflictException("Someone else completed this task a moment ago");
                }
                throw e;
            } catch (OptimisticLockingException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Task requireWorkable(String taskId, String user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || TaskKind.of(task.getTaskDefinitionKey()).isEmpty()) {
            throw new NotFoundException("No open task " + taskId);
        }
        Set<String> holders = caseTasks.holdersOf(task);
        if (!holders.contains(user)) {
            throw new ForbiddenException("This task is not yours to work on");
        }
        return task;
    }

    private static TaskKind kindOf(Task task) {
        return TaskKind.of(task.getTaskDefinitionKey()).orElseThrow();
    }

    private List<TaskView> views(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        String[] instanceIds = tasks.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance v : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
                .variableNameIn("caseType", "caseId", "caseName").list()) {
            // Only the process instance's own scope: a variable of the same name in a sub-scope must not win.
            if (v.getExecutionId().equals(v.getProcessInstanceId())) {
                byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks) {
            TaskKind kind = TaskKind.of(task.getTaskDefinitionKey()).orElse(null);
            if (kind == null) {
                continue;
            }
            Map<String, Object> vars = byInstance.getOrDefault(task.getProcessInstanceId(), Map.of());
            String caseName = (String) vars.get("caseName");
            views.add(new TaskView(task.getId(), kind, (String) vars.get("caseType"), (String) vars.get("caseId"),
                    caseName, kind.title(task.getTaskDefinitionKey(), caseName), kind.outcomes(), task.getCreateTime().toInstant(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()));
        }
        return views;
    }
}
