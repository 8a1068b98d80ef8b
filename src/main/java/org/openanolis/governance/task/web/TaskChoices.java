package org.openanolis.governance.task.web;

import java.util.List;
import java.util.Locale;

import org.openanolis.governance.task.TaskKind;
import org.springframework.context.MessageSource;

/**
 * The words the task pages use for the engine's codes, in the reader's language: each outcome as a person would say
 * it ({@code tasks.outcome.<OUTCOME>}, or {@code tasks.kind.<KIND>.outcome.<OUTCOME>} where one kind says it
 * otherwise), with one line on what it does ({@code tasks.kind.<KIND>.outcome.<OUTCOME>.hint}). The codes stay the
 * API's and the form's values; only the words are here.
 */
final class TaskChoices {

    /** One outcome of a task as the form offers it. */
    record Choice(String outcome, String label, String explanation, boolean needsComment) {
    }

    private final MessageSource messages;
    private final Locale language;

    TaskChoices(MessageSource messages, Locale language) {
        this.messages = messages;
        this.language = language;
    }

    /** The kind's outcomes in the engine's order; an outcome without words still shows, by its code. */
    List<Choice> of(TaskKind kind) {
        return kind.outcomes().stream().map(outcome -> new Choice(outcome, label(kind, outcome),
                message(hintKey(kind, outcome), ""), kind.needsComment(outcome))).toList();
    }

    /** Whether the outcome has its words, a label and a line on what it does, in this language. */
    boolean hasWordsFor(TaskKind kind, String outcome) {
        return message(hintKey(kind, outcome), null) != null
                && (message(kindLabelKey(kind, outcome), null) != null
                        || message("tasks.outcome." + outcome, null) != null);
    }

    /** The label of one outcome, for the form, the notice and the error messages. */
    String label(TaskKind kind, String outcome) {
        String own = message(kindLabelKey(kind, outcome), null);
        return own != null ? own : message("tasks.outcome." + outcome, humanized(outcome));
    }

    private static String kindLabelKey(TaskKind kind, String outcome) {
        return "tasks.kind." + kind.name() + ".outcome." + outcome;
    }

    private static String hintKey(TaskKind kind, String outcome) {
        return kindLabelKey(kind, outcome) + ".hint";
    }

    private String message(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, language);
    }

    private static String humanized(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
