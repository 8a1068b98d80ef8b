package org.openanolis.governance.task;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.task.TaskCompletionRules.Completion;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * A user task completed by a person signed in to the engine (Camunda's Tasklist or the engine REST API) goes
 * through {@link TaskCompletionRules} like a completion in the portal: the submitted {@code outcome} and
 * {@code comment} are task-local form fields, checked, and only the checked values become the
 * {@code <prefix>Outcome/Comment/Actor} variables the process reads. Our own services complete tasks with nobody
 * signed in to the engine, having applied the rules already, so this stays out of their way. A refusal leaves the
 * task open with nothing changed: Tasklist's submit-form hears it as a form validation failure (400 with the
 * reason); a plain completion through the engine REST API hears it from the completion listener.
 */
@Component
@RequiredArgsConstructor
class TasklistCompletion {

    static final String OUTCOME = "outcome";
    static final String COMMENT = "comment";
    private static final Set<String> FORM_FIELDS = Set.of(OUTCOME, COMMENT);
    /**
     * The engine REST API (and so Tasklist) answers a form's validation failure with 400 and its message; any other
     * engine exception, a {@link BadUserRequestException} included, becomes a 500 there.
     */
    private static final Function<String, RuntimeException> FORM_REFUSAL = reason ->
            new FormFieldValidationException(null, reason);

    private final TaskCompletionRules rules;
    private final CaseTasks caseTasks;

    /**
     * Declares the form fields on the task itself just before a submitted form's values are stored, so that they stay
     * on this task: parallel tasks (ballots, checklist items) would otherwise overwrite one another's {@code outcome}
     * in the process scope. Only then, not when the task is created: most tasks are completed through the API, and
     * a vote of 57 would write, keep in history and delete again 114 empty variables.
     */
    void declareFormFields(DelegateTask task) {
        task.setVariableLocal(OUTCOME, null);
        task.setVariableLocal(COMMENT, null);
    }

    /**
     * Before Tasklist's form values are stored: refuses anything but the form's own fields (a submitted
     * {@code triageOutcome} must not reach the process), then every rule that can refuse without writing, so the
     * person hears why with a 400 rather than a failed listener.
     */
    void checkSubmittedForm(Map<String, Object> submitted, DelegateTask task) {
        String user = signedInUser().orElse(null);
        if (user == null) {
            return;
        }
        Set<String> foreign = submitted.keySet().stream().filter(name -> !FORM_FIELDS.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!foreign.isEmpty()) {
            throw new FormFieldValidationException(foreign, "This task takes only an outcome and a comment; refused: "
                    + String.join(", ", foreign));
        }
        Completion completion = refusing(FORM_REFUSAL, () -> withoutAuthorization(() -> admit(task, user,
                submitted.get(OUTCOME), submitted.get(COMMENT))));
        refusing(FORM_REFUSAL, () -> withoutAuthorization(() -> {
            rules.check(completion);
            return null;
        }));
    }

    /**
     * As the task completes, in the engine's transaction: the final word of the rules and their effects (the
     * ballot row, the chair's timeline entry, the result variables).
     */
    void completing(DelegateTask task) {
        String user = signedInUser().orElse(null);
        if (user == null) {
            return;
        }
        Map<String, Object> variables = refusing(BadUserRequestException::new, () -> withoutAuthorization(() ->
                rules.applyWhileTaskCompletes(admit(task, user, submitted(task, OUTCOME), submitted(task, COMMENT)))));
        task.setVariables(variables);
    }

    /**
     * Tasklist's submit-form stores the fields on the task, where they were declared; a plain completion through the
     * engine REST API stores its variables on the execution instead. Take them from there and remove them, so that
     * no {@code outcome} lingers in the process scope for a parallel task to pick up.
     */
    private static Object submitted(DelegateTask task, String name) {
        Object local = task.getVariableLocal(name);
        DelegateExecution execution = task.getExecution();
        if (local != null || execution == null || !execution.hasVariable(name)) {
            return local;
        }
        Object value = execution.getVariable(name);
        execution.removeVariable(name);
        return value;
    }

    private Completion admit(DelegateTask task, String user, Object outcome, Object comment) {
        TaskKind kind = TaskKind.of(task.getTaskDefinitionKey())
                .orElseThrow(() -> new NotFoundException(Languages.text("error.task.not-completable-here")));
        if (!caseTasks.holdersOf((Task) task).contains(user)) {
            throw new ForbiddenException(Languages.text("error.task.not-yours"));
        }
        return rules.admit(kind, (String) task.getVariable("caseType"), (String) task.getVariable("caseId"), user,
                outcome instanceof String text ? text : null, comment instanceof String text ? text : null);
    }

    private static Optional<String> signedInUser() {
        CommandContext context = Context.getCommandContext();
        Authentication authentication = context == null ? null : context.getAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }

    /**
     * The rules read people, groups and tasks as the system, like the portal's services do: the person's own
     * engine permissions decided already whether they may touch the task at all.
     */
    private static <T> T withoutAuthorization(Supplier<T> work) {
        return Context.getCommandContext().runWithoutAuthorization(work::get);
    }

    /** Our refusals become one of the engine's, carrying the reason as its message. */
    private static <T> T refusing(Function<String, RuntimeException> refusal, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw refusal.apply(e.problems().stream().map(p -> p.field() + " " + p.message())
                    .collect(Collectors.joining("; ")));
        } catch (ConflictException e) {
            String details = e.problems().stream().map(FieldProblem::message).collect(Collectors.joining("; "));
            throw refusal.apply(e.getMessage() + (details.isEmpty() ? "" : ": " + details));
        } catch (ForbiddenException | NotFoundException e) {
            throw refusal.apply(e.getMessage());
        }
    }
}
