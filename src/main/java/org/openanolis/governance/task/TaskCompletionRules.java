package org.openanolis.governance.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Ballots;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * The one set of rules every completion of a user task obeys, whether it comes through the portal, the API
 * ({@link Inbox}) or Camunda's Tasklist and engine REST API ({@link TasklistCompletion}): the outcome is one of
 * the kind's, REQUEST_CHANGES, REJECT and DECLINE say why, the modules' {@link TaskCompletionGuard}s agree, a
 * ballot is cast through {@link Ballots}, and a chair's decision is written to the timeline.
 */
@Service
@RequiredArgsConstructor
class TaskCompletionRules {

    /**
     * The comment travels as a process variable, and the engine holds a string of at most 4000 UTF-16
     * units: 2000 characters of any script always fit.
     */
    private static final int MAX_COMMENT = 2000;

    /** The problem of an outcome that needs a comment and got none; {@link Inbox#missesComment} knows it. */
    static final String COMMENT_REQUIRED = "error.field.comment-required-for";

    private final Ballots ballots;
    private final Timeline timeline;
    private final List<TaskCompletionGuard> guards;

    /** A completion whose outcome and comment passed the rules every kind shares. */
    record Completion(TaskKind kind, String caseType, String caseId, String actor, String outcome, String comment) {

        boolean isBallot() {
            return kind == TaskKind.COMMITTEE_BALLOT;
        }

        /** What the process's gateways and delegates read; always the validated values, never submitted ones. */
        Map<String, Object> variables() {
            Map<String, Object> variables = new HashMap<>();
            variables.put(kind.outcomeVariable(), outcome);
            variables.put(kind.commentVariable(), comment);
            variables.put(kind.actorVariable(), actor);
            return variables;
        }
    }

    /** Checks the outcome and the comment; answers the completion with the comment as it will be stored. */
    Completion admit(TaskKind kind, String caseType, String caseId, String actor, String outcome, String comment) {
        if (outcome == null || !kind.outcomes().contains(outcome)) {
            throw new InvalidInputException(List.of(
                    FieldProblem.of("outcome", "one-of-list", String.join(", ", kind.outcomes()))));
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (kind.needsComment(outcome) && cleanComment == null) {
            throw new InvalidInputException("comment", Languages.text(COMMENT_REQUIRED, outcome));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanComment != null && !TextRules.multiLine("comment", cleanComment, MAX_COMMENT, false, problems)) {
            throw new InvalidInputException(problems);
        }
        return new Completion(kind, caseType, caseId, actor, outcome, cleanComment);
    }

    /** The modules' rules on outcomes (a ballot has its own, in {@link Ballots}). */
    void checkGuards(Completion completion) {
        guards.forEach(g -> g.check(completion.kind(), completion.caseType(), completion.caseId(), completion.outcome()));
    }

    /** Everything that can refuse an admitted completion, without writing anything. */
    void check(Completion completion) {
        if (completion.isBallot()) {
            ballots.check(completion.caseType(), completion.caseId(), completion.actor(),
                    BallotChoice.valueOf(completion.outcome()), completion.comment());
        } else {
            checkGuards(completion);
        }
    }

    /**
     * The effects of a completion the engine is carrying out right now, in its transaction: a ballot is cast
     * (it sets no variables: the tally reads the domain table); any other task is checked by the guards, the
     * chair's decision recorded, and the result variables answered for the task to set.
     */
    Map<String, Object> applyWhileTaskCompletes(Completion completion) {
        if (completion.isBallot()) {
            ballots.castWhileTaskCompletes(completion.caseType(), completion.caseId(), completion.actor(),
                    BallotChoice.valueOf(completion.outcome()), completion.comment());
            return Map.of();
        }
        checkGuards(completion);
        recordChairDecision(completion);
        return completion.variables();
    }

    /** The chair's RERUN or CLOSE changes the case's course, so the audit trail keeps who decided it and why. */
    void recordChairDecision(Completion completion) {
        TaskKind kind = completion.kind();
        if (kind != TaskKind.VOTE_ESCALATION && kind != TaskKind.NO_QUORUM_DECISION) {
            return;
        }
        String comment = completion.comment();
        timeline.record(completion.caseType(), completion.caseId(), "CHAIR_DECIDED", completion.actor(),
                comment == null ? TimelineComment.of("chair-decided", task(kind), outcome(completion))
                        : TimelineComment.of("chair-decided-because", task(kind), outcome(completion), comment));
    }

    private static Object task(TaskKind kind) {
        return TimelineComment.word("comments.task." + kind.name());
    }

    private static Object outcome(Completion completion) {
        return TimelineComment.word("tasks.outcome." + completion.outcome());
    }
}
