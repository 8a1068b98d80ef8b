package org.openanolis.governance.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.OpenCaseLimit;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.task.CaseTasks;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * What happens to every case alike, whatever it decides: opening it with its process, the proposer's revision and
 * withdrawal, the steps its process takes, reminders and expiry. Each step locks the case's row, moves it, stores
 * it, records the timeline and writes its mails in the caller's transaction, so a step is all or nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CaseLifecycle {

    /** The process variables every case's process starts with, named as its BPMN reads them. */
    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NAME = "caseName";

    private final Timeline timeline;
    private final CaseTasks caseTasks;
    private final Votes votes;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final OpenCaseLimit openCases;
    private final CaseMail mail;
    private final ApplicationEventPublisher events;

    /**
     * Opens a case the caller has validated: refuses a person at their limit of open cases, stores the case,
     * records and acknowledges its submission and starts its process with the case's variables and {@code extra};
     * {@link CaseSubmitted} tells the other modules, in the same transaction.
     */
    public <C extends CaseRecord<?, ?>> C open(CaseKind<C> kind, String proposer, Function<Instant, C> create,
                                            String comment, NoticeType receipt, Map<String, Object> extra) {
        // The limit keeps one person from flooding reviewers; the engine's own rules (a SIG quiet for a year) are
        // no person, and each case they open must open, however many fall due on one day.
        if (!Timeline.SYSTEM.equals(proposer)) {
            openCases.admit(proposer);
        }
        C c = create.apply(clock.instant());
        kind.store().insert(c);
        timeline.record(kind.type().key(), c.getId(), "SUBMITTED", proposer, comment);
        mail.toProposer(c, receipt, null);
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(CASE_TYPE, kind.type().key());
        variables.put(CASE_ID, c.getId());
        variables.put(CASE_NAME, c.caseName());
        c.attachProcess(runtimeService.startProcessInstanceByKey(kind.type().processKey(), c.getId(), variables)
                .getId());
        kind.store().update(c);
        events.publishEvent(new CaseSubmitted(kind.type().key(), c.getId(), c.caseName()));
        return c;
    }

    /**
     * The proposer revises a case that waits for changes: {@code validate} runs once the person and the status
     * are known to allow it, {@code change} applies the revision; the process hears of it by its message.
     */
    public <C extends CaseRecord<?, ?>> C revise(CaseKind<C> kind, String id, String user, Runnable validate,
                                              BiConsumer<C, Instant> change) {
        CaseType type = kind.type();
        C c = requireRevisable(type, kind.lock(id), user);
        validate.run();
        change.accept(c, clock.instant());
        kind.store().update(c);
        timeline.record(type.key(), id, "REVISED", user, null);
        runtimeService.setVariable(c.getProcessInstanceId(), CASE_NAME, c.caseName());
        runtimeService.createMessageCorrelation(type.revisedMessage())
                .processInstanceId(c.getProcessInstanceId()).correlateWithResult();
        return c;
    }

    /** The case, if this person may revise it now (its revision form): checked as {@link #revise} checks. */
    @Transactional(readOnly = true)
    public <C extends CaseRecord<?, ?>> C revisable(CaseKind<C> kind, String id, String user) {
        return requireRevisable(kind.type(), kind.find(id), user);
    }

    /**
     * The proposer withdraws a case that is not closed: its open vote is cancelled, everyone who had a task on it
     * and the proposer are told, and its process ends by its message. The vote's row is locked before the case's,
     * in the order a closing vote takes them, so a withdrawal and a last ballot never deadlock.
     */
    public <C extends CaseRecord<?, ?>> C withdraw(CaseKind<C> kind, String id, String user, String reason) {
        CaseType type = kind.type();
        votes.lockOpenVote(type.key(), id);
        C c = kind.lock(id);
        requireProposer(type, c, user, "error.case.only-proposer-may-withdraw");
        String cleanReason = TextRules.optionalText("reason", reason, 4000);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        c.withdraw(clock.instant());
        kind.store().update(c);
        votes.cancelOpenVote(type.key(), id);
        timeline.record(type.key(), id, "WITHDRAWN", user, cleanReason);
        mail.toTaskHoldersAndProposer(c, NoticeType.WITHDRAWN, holders, cleanReason);
        runtimeService.createMessageCorrelation(type.withdrawnMessage())
                .processInstanceId(c.getProcessInstanceId()).correlateWithResult();
        return c;
    }

    /** A step of the case's process: lock, move, store and record it on the timeline. */
    public <C extends CaseRecord<?, ?>> C step(CaseKind<C> kind, String id, BiConsumer<C, Instant> move,
                                            String event, String actor, String comment) {
        C c = follow(kind, id, move);
        timeline.record(kind.type().key(), id, event, actor, comment);
        return c;
    }

    /** A step a person's task decided: recorded as theirs, with their comment. */
    public <C extends CaseRecord<?, ?>> C step(CaseKind<C> kind, String id, BiConsumer<C, Instant> move,
                                            String event, TaskDecision decision) {
        return step(kind, id, move, event, decision.actor(), decision.comment());
    }

    /** Something happened to the case that changes nothing in it: only the timeline records it. */
    public void record(CaseKind<?> kind, String id, String event, String actor, String comment) {
        timeline.record(kind.type().key(), id, event, actor, comment);
    }

    /** A status change with nothing else to it (the committee vote's events): lock, move, store. */
    public <C extends CaseRecord<?, ?>> C follow(CaseKind<C> kind, String id, BiConsumer<C, Instant> move) {
        C c = kind.lock(id);
        move.accept(c, clock.instant());
        kind.store().update(c);
        return c;
    }

    /** The case ran out of time: everyone who had a task on it and the proposer are told. */
    public <C extends CaseRecord<?, ?>> void expire(CaseKind<C> kind, String id, BiConsumer<C, Instant> expire) {
        C c = kind.lock(id);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        expire.accept(c, clock.instant());
        kind.store().update(c);
        timeline.record(kind.type().key(), id, "EXPIRED", Timeline.SYSTEM, null);
        mail.toTaskHoldersAndProposer(c, NoticeType.EXPIRED, holders, null);
    }

    /**
     * A timer found the case still waiting ({@code waiting} holds): the reminder is recorded and the proposer is
     * mailed. A case that moved on in the meantime gets nothing.
     */
    public <C extends CaseRecord<?, ?>> void remindProposer(CaseKind<C> kind, String id, Predicate<C> waiting,
                                                         String event, NoticeType notice) {
        C c = kind.lock(id);
        if (waiting.test(c)) {
            timeline.record(kind.type().key(), id, event, Timeline.SYSTEM, null);
            mail.toProposer(c, notice, null);
        }
    }

    /** A timer found the case still waiting: the reminder is recorded and the committee chair is mailed. */
    public <C extends CaseRecord<?, ?>> void remindChair(CaseKind<C> kind, String id, Predicate<C> waiting,
                                                      String event, NoticeType notice) {
        C c = kind.lock(id);
        if (waiting.test(c)) {
            timeline.record(kind.type().key(), id, event, Timeline.SYSTEM, null);
            mail.toCommitteeChair(c, notice);
        }
    }

    /** Who is checked before the state, so a stranger learns nothing of the case's state. */
    private static <C extends CaseRecord<?, ?>> C requireRevisable(CaseType type, C c, String user) {
        requireProposer(type, c, user, "error.case.only-proposer-may-revise");
        if (!c.getStatus().awaitsRevision()) {
            throw new ConflictException(Languages.text("error.case.not-revisable", CaseWords.status(c.getStatus()),
                    CaseWords.noun(type)));
        }
        return c;
    }

    /** {@code refusal} is the message that says who may: {@code error.case.only-proposer-may-<verb>}. */
    private static void requireProposer(CaseType type, CaseRecord<?, ?> c, String user, String refusal) {
        if (!c.getProposer().equals(user)) {
            throw new ForbiddenException(Languages.text(refusal, CaseWords.proposer(type), CaseWords.aNoun(type)));
        }
    }
}
