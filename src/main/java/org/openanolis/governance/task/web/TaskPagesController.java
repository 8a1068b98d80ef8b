package org.openanolis.governance.task.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.PortalController;
import org.openanolis.governance.task.Inbox;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import lombok.RequiredArgsConstructor;

/**
 * The inbox in the portal: a person's open tasks, and each task's page with its form. Completion follows the
 * API's rules because it is the same call ({@link Inbox#complete}); this class only turns refusals into words
 * on the form, in the reader's language. Whose task it is stays the inbox's check, so someone else's task is a 403
 * page.
 */
@PortalController
@RequiredArgsConstructor
class TaskPagesController {

    private static final Pattern PRODUCT_FIELD = Pattern.compile("products\\[(\\d+)]\\.(.+)");

    private final Inbox inbox;
    private final CaseTypes caseTypes;
    private final MessageSource messages;

    /** Only the two fields of the form are bound: nothing else a request carries reaches the task. */
    @InitBinder("completion")
    void allowOnlyTheFormsFields(WebDataBinder binder) {
        binder.setAllowedFields("outcome", "comment");
    }

    @GetMapping("/tasks")
    String inbox(Principal principal, Model model) {
        // The newest tasks, as many as one page of the API holds: the page's work stays bounded.
        model.addAttribute("tasks", inbox.openTasksOf(principal.getName(), PageRequest.LARGEST_FIRST).items().stream()
                .map(task -> TaskCard.of(task, caseTypes)).toList());
        return "task/inbox";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Principal principal, Locale language, Model model) {
        model.addAttribute("completion", new CompletionForm());
        return form(openTask(id, principal.getName(), language), principal.getName(), language, model);
    }

    @PostMapping("/tasks/{id}/completion")
    String complete(@PathVariable String id, @ModelAttribute("completion") CompletionForm completion, BindingResult errors,
                    Principal principal, Locale language, Model model, RedirectAttributes redirect) {
        String user = principal.getName();
        // Whose task it is, and whether it is still open, is answered before the form is read.
        TaskView task = openTask(id, user, language);
        try {
            inbox.complete(id, user, completion.getOutcome(), completion.getComment());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> reject(errors, task.kind(), completion.getOutcome(), p, language));
            return form(task, user, language, model);
        } catch (ConflictException e) {
            if (!stillOpen(id, user)) {
                throw e;
            }
            // A rule of the case refused this outcome (a verification with failing reports): the task stays open.
            errors.reject("conflict", e.getMessage());
            e.problems().forEach(p -> errors.reject("conflict", inWords(p, language)));
            return form(task, user, language, model);
        }
        redirect.addFlashAttribute("notice", task.kind() == TaskKind.COMMITTEE_BALLOT
                ? messages.getMessage("tasks.inbox.notice.ballot", null, language)
                : messages.getMessage("tasks.inbox.notice.completed", new Object[] {task.title()}, language));
        return "redirect:/tasks";
    }

    private String form(TaskView task, String user, Locale language, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("card", TaskCard.of(task, caseTypes));
        List<TaskChoices.Choice> choices = new TaskChoices(messages, language).of(task.kind());
        // The template words the comment's label and hint after these: which outcomes need one, and if it is a ballot.
        List<String> commentRequiredFor = choices.stream().filter(TaskChoices.Choice::needsComment)
                .map(TaskChoices.Choice::label).toList();
        model.addAttribute("choices", choices);
        model.addAttribute("commentRequiredFor", commentRequiredFor);
        model.addAttribute("ballot", task.kind() == TaskKind.COMMITTEE_BALLOT);
        model.addAttribute("instructions", inbox.instructions(task.id(), user));
        return "task/task";
    }

    /** The task, or a 404 page that says in plain words what most likely happened to it. */
    private TaskView openTask(String id, String user, Locale language) {
        try {
            return inbox.get(id, user);
        } catch (NotFoundException e) {
            throw new NotFoundException(messages.getMessage("tasks.task.not-open", null, language));
        }
    }

    private boolean stillOpen(String id, String user) {
        try {
            inbox.get(id, user);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The inbox and the ballots name the fields as the API does; the form has an outcome and a comment. */
    private void reject(BindingResult errors, TaskKind kind, String outcome, FieldProblem problem, Locale language) {
        switch (problem.field()) {
            case "outcome", "vote" -> errors.rejectValue("outcome", "required",
                    messages.getMessage("tasks.task.error.choose-outcome", null, language));
            case "comment", "reason" -> errors.rejectValue("comment", "invalid",
                    commentProblem(kind, outcome, problem, language));
            default -> errors.reject("invalid", inWords(problem, language));
        }
    }

    /** A missing comment is said as what the chosen outcome needs; any other problem of the comment as it is. */
    private String commentProblem(TaskKind kind, String outcome, FieldProblem problem, Locale language) {
        if (outcome != null && kind.needsComment(outcome) && Inbox.missesComment(problem, outcome)) {
            String label = new TaskChoices(messages, language).label(kind, outcome);
            return messages.getMessage("tasks.task.error.say-why", new Object[] {label}, language);
        }
        return messages.getMessage("tasks.task.error.comment", new Object[] {problem.message()}, language);
    }

    /**
     * A case's rule names the application's fields the API's way ({@code products[0].testReport.failed}): a product's
     * field is said in words ({@code tasks.task.error.product.<field>}), any other field by its name.
     */
    private String inWords(FieldProblem problem, Locale language) {
        Matcher product = PRODUCT_FIELD.matcher(problem.field());
        if (!product.matches()) {
            return problem.field() + " " + problem.message() + ".";
        }
        String field = product.group(2);
        String what = messages.getMessage("tasks.task.error.product." + field, null, field, language);
        String row = String.valueOf(Integer.parseInt(product.group(1)) + 1);
        return messages.getMessage("tasks.task.error.product", new Object[] {row, what, problem.message()}, language);
    }
}
