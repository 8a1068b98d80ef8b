package org.openanolis.governance.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.notification.CaseNames;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.EngineTables;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.task.TaskCompletionRules.Completion;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
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

    /** Named parameters of the inbox statement; none may be "sql" or "resultType" (the native query's own keys). */
    private static final String USER_PARAMETER = "inboxUser";
    private static final String GROUP_PARAMETER = "inboxGroup";

    private static final Comparator<Task> NEWEST_FIRST = Comparator.comparing(Task::getCreateTime).reversed()
            .thenComparing(Task::getId);

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineTables tables;
    private final People people;
    private final CaseTasks caseTasks;
    private final CaseVariables caseVariables;
    private final Ballots ballots;
    private final TransactionTemplate transactions;
    private final TaskCompletionRules rules;
    private final MessageSource messages;
    private final ObjectProvider<CaseNames> caseNames;

    /**
     * The caller's open tasks, newest first: those assigned to them, and the unassigned ones offered to them or to one
     * of their groups. One native statement, a UNION of two branches, each answered from its own indexes (the
     * assignee; the candidate links by user and by group): the engine's single OR query of the three joins every task
     * to its candidate links, and PostgreSQL reads the whole task table for it on every request (the inbox
     * benchmark's plans, README "Performance"). The engine's own two queries (assignee, candidate user) cost twice its
     * dynamic SQL and looked the groups up again; the answer is the same set (see {@link #openTasksSql}).
     * The whole read is one read-only transaction rather than a commit per engine call.
     */
    public List<TaskView> openTasksOf(String user) {
        return readOnly().execute(tx -> {
            // Sorted here, not in SQL: a database collation may order the ids otherwise than before.
            return views(openTasksQuery(user, "").list().stream().sorted(NEWEST_FIRST).toList());
        });
    }

    /**
     * One page of the caller's open tasks, newest first, cut in the database before any task is looked at further.
     * Ties of creation time go by id in the database's own collation, the same on every page of one database.
     */
    public Page<TaskView> openTasksOf(String user, PageRequest page) {
        return readOnly().execute(tx -> {
            List<Task> probed = openTasksQuery(user, " order by CREATE_TIME_ desc, ID_")
                    .listPage(page.offset(), page.probe());
            Page<Task> tasks = Page.of(probed, page);
            return new Page<>(views(tasks.items()), page, tasks.hasNext());
        });
    }

    private NativeTaskQuery openTasksQuery(String user, String orderBy) {
        List<String> groups = people.groupsOf(user);
        NativeTaskQuery query = taskService.createNativeTaskQuery().sql(openTasksSql(groups.size()) + orderBy)
                .parameter(USER_PARAMETER, user);
        for (int i = 0; i < groups.size(); i++) {
            query.parameter(GROUP_PARAMETER + i, groups.get(i));
        }
        return query;
    }

    /**
     * As the engine's {@code taskAssignee(user)} and {@code taskCandidateUser(user)} queries select: any suspension
     * state, no tenant filter (no one is authenticated to the engine here), a candidate task only while unassigned,
     * its {@code candidate} link naming the user or one of the groups the identity service gives for them. Values go
     * in only as named parameters; the table names come from the engine ({@link EngineTables}).
     */
    private String openTasksSql(int groupCount) {
        String tasks = tables.of(Task.class);
        // The identity link is known to the engine by its entity class only: its API interface maps to no table.
        String links = tables.of(IdentityLinkEntity.class);
        String offeredTo = "L.USER_ID_ = #{" + USER_PARAMETER + "}";
        if (groupCount > 0) {
            offeredTo = "(" + offeredTo + " or L.GROUP_ID_ in ("
                    + IntStream.range(0, groupCount).mapToObj(i -> "#{" + GROUP_PARAMETER + i + "}")
                            .collect(Collectors.joining(", "))
                    + "))";
        }
        return "select T.* from " + tasks + " T where T.ASSIGNEE_ = #{" + USER_PARAMETER + "}"
                + " union"
                + " select T.* from " + tasks + " T join " + links + " L on L.TASK_ID_ = T.ID_"
                + " where T.ASSIGNEE_ is null and L.TYPE_ = 'candidate' and " + offeredTo;
    }

    private TransactionTemplate readOnly() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        return readOnly;
    }

    public TaskView get(String taskId, String user) {
        return views(List.of(requireWorkable(taskId, user))).get(0);
    }

    /**
     * What the person must decide, in the reader's language: the message
     * {@code tasks.instructions.<process key>.<user task id>}, whose English is the user task's BPMN documentation
     * (the engine keeps it as the task's description), or else that documentation; null when the model has none.
     * The same access rule as {@link #get}.
     */
    public String instructions(String taskId, String user) {
        Task task = requireWorkable(taskId, user);
        // The process's key, not the task's id alone: two processes share user task ids with other instructions.
        String process = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return messages.getMessage("tasks.instructions." + process + "." + task.getTaskDefinitionKey(), null,
                task.getDescription(), readerLanguage());
    }

    /**
     * Whether a refusal of {@link #complete} says that the outcome needs a comment (a ballot's REJECT: a reason) and
     * none was given. Told by the message the rules wrote, in the same language, so a form can say it in its own words
     * whichever language the reader reads.
     */
    public static boolean missesComment(FieldProblem problem, String outcome) {
        return problem.message().equals(Languages.text(TaskCompletionRules.COMMENT_REQUIRED, outcome))
                || problem.message().equals(Languages.text(Ballots.REASON_REQUIRED));
    }

    /**
     * Completes a task with one of its outcomes; REQUEST_CHANGES, REJECT and DECLINE need a comment. The rules are
     * {@link TaskCompletionRules}', the same as for a completion from Camunda's Tasklist.
     */
    public void complete(String taskId, String user, String outcome, String comment) {
        for (int attempt = 1; ; attempt++) {
            try {
                // The checks, the rules and the completion in one transaction: one commit for the whole request.
                Completion ballot = transactions.execute(tx -> completeUnlessBallot(taskId, user, outcome, comment));
                if (ballot != null) {
                    ballots.cast(ballot.caseType(), ballot.caseId(), user, BallotChoice.valueOf(ballot.outcome()),
                            ballot.comment());
                }
                return;
            } catch (ConflictException e) {
                // Two people completing the same task at the same second: the loser's step finds the case
                // already moved on. Tell them what happened rather than which state refused the move.
                if (gone(taskId)) {
                    throw completedByOthers();
                }
                throw e;
            } catch (NullValueException e) {
                // Completed by someone else between finding the task and reading or completing it.
                throw gone(taskId) ? completedByOthers() : e;
            } catch (NotFoundException e) {
                // Open at the first attempt and gone at a later one: the collision was with its completion.
                throw attempt > 1 ? completedByOthers() : e;
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

    /**
     * Admits the completion and completes the task, or answers the admitted ballot without completing anything: a
     * ballot is cast by {@link Ballots}, under the vote's lock and with its own retries.
     */
    private Completion completeUnlessBallot(String taskId, String user, String outcome, String comment) {
        Task task = requireWorkable(taskId, user);
        Map<String, Object> vars = taskService.getVariables(taskId, List.of("caseType", "caseId"));
        Completion completion = rules.admit(kindOf(task), (String) vars.get("caseType"), (String) vars.get("caseId"),
                user, outcome, comment);
        if (completion.isBallot()) {
            return completion;
        }
        rules.checkGuards(completion);
        rules.recordChairDecision(completion);
        taskService.complete(taskId, completion.variables());
        return null;
    }

    private boolean gone(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).count() == 0;
    }

    private static ConflictException completedByOthers() {
        return new ConflictException(Languages.text("error.task.completed-by-someone-else"));
    }

    private Task requireWorkable(String taskId, String user) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || TaskKind.of(task.getTaskDefinitionKey()).isEmpty()) {
            throw new NotFoundException(Languages.text("error.task.no-open-task", taskId));
        }
        Set<String> holders = caseTasks.holdersOf(task);
        if (!holders.contains(user)) {
            throw new ForbiddenException(Languages.text("error.task.not-yours"));
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
        Map<String, Map<String, String>> byInstance = caseVariables.of(
                tasks.stream().map(Task::getProcessInstanceId).distinct().toList());
        Locale language = readerLanguage();
        Map<String, String> shownNames = new HashMap<>();
        List<TaskView> views = new ArrayList<>();
        for (Task task : tasks) {
            TaskKind kind = TaskKind.of(task.getTaskDefinitionKey()).orElse(null);
            if (kind == null) {
                continue;
            }
            Map<String, String> vars = byInstance.getOrDefault(task.getProcessInstanceId(), Map.of());
            String caseName = vars.get("caseName");
            String shown = shownNames.computeIfAbsent(task.getProcessInstanceId(),
                    instance -> shownName(vars, language));
            views.add(new TaskView(task.getId(), kind, vars.get("caseType"), vars.get("caseId"), caseName,
                    kind.title(task.getTaskDefinitionKey(), shown, messages, language), kind.outcomes(),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    shown));
        }
        return views;
    }

    /**
     * The case's name in the reader's language where the system made it of words ({@code Removal of alice}), read
     * from the case once per process; in English the stored name is that name already, so nothing is read.
     */
    private String shownName(Map<String, String> vars, Locale language) {
        String caseName = vars.get("caseName");
        if (caseName == null || Languages.ENGLISH.equals(language)) {
            return caseName;
        }
        CaseNames names = caseNames.getIfAvailable();
        MessageSourceResolvable message = names == null ? null
                : names.nameMessage(vars.get("caseType"), vars.get("caseId"));
        return message == null ? caseName : messages.getMessage(message, language);
    }

    /**
     * The titles' language: the reader's, as the portal resolved it for this request (their profile, a cookie or
     * Accept-Language); English outside a request, where no one reads it but a test or a benchmark.
     */
    private static Locale readerLanguage() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return context == null ? Languages.ENGLISH : Languages.supported(context.getLocale());
    }
}
