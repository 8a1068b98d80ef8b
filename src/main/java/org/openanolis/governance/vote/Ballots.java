package org.openanolis.governance.vote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.EngineTables;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.process.VoteProcess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.extern.slf4j.Slf4j;

/**
 * Casting a ballot: final, one per member, stored in the domain table and completing the member's
 * ballot task in the same transaction. Members voting in the same instant queue on the vote's row;
 * should the engine still report a collision, the whole ballot is tried again.
 */
@Service
@Slf4j
public class Ballots {

    /** The timeline event of a cast ballot; its actor is the member, so it is as private as the ballot. */
    public static final String BALLOT_CAST = "BALLOT_CAST";

    private static final int ATTEMPTS = 8;
    private static final int MAX_REASON = 4000;

    /** The problem of a REJECT without a reason: forms recognise it by this message, in any language. */
    public static final String REASON_REQUIRED = "error.field.reject-needs-reason";

    private final Votes votes;
    private final VoteRepository repository;
    private final VoteSnapshots snapshots;
    private final TaskService taskService;
    private final EngineTables tables;
    private final People people;
    private final Timeline timeline;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /**
     * Ballots tried again after a collision with a concurrent ballot on the same vote: a rising rate says members
     * vote in bursts the row lock does not absorb (Prometheus: governance_ballots_retries_total).
     */
    private final Counter retries;

    Ballots(Votes votes, VoteRepository repository, VoteSnapshots snapshots, TaskService taskService,
            EngineTables tables, People people, Timeline timeline, TransactionTemplate transactions, Clock clock,
            MeterRegistry meters) {
        this.votes = votes;
        this.repository = repository;
        this.snapshots = snapshots;
        this.taskService = taskService;
        this.tables = tables;
        this.people = people;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.retries = Counter.builder("governance.ballots.retries")
                .description("Ballots tried again after colliding with a concurrent ballot (optimistic locking)")
                .register(meters);
    }

    /**
     * Casts {@code member}'s ballot in the case's open vote. Who may vote is checked before the state. The vote's
     * row is locked first and the vote and its ballots are read once: whatever the ballot decides in the same
     * transaction (early close, the tally, the result) is decided on that.
     */
    public CastBallot cast(String caseType, String caseId, String member, BallotChoice choice, String reason) {
        CastBallot ballot = null;
        for (int attempt = 1; ballot == null; attempt++) {
            try {
                // The membership check in the ballot's transaction, still before anything is locked: one commit.
                ballot = transactions.execute(tx -> {
                    requireCommitteeMember(caseType, caseId, member);
                    return castLocked(caseType, caseId, member, choice, reason, true);
                });
            } catch (OptimisticLockingException | PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                retries.increment();
                log.info("Ballot of {} on {} {} collided (attempt {}), trying again", member, caseType, caseId, attempt);
                pause(attempt);
            } catch (DuplicateKeyException e) {
                throw new ConflictException(Languages.text("error.vote.already-voted"));
            }
        }
        return ballot;
    }

    /**
     * Refuses a ballot the way {@link #cast} would, without casting it and without locks: lets a form be refused
     * before the engine moves. The final word stays with {@link #castWhileTaskCompletes}.
     */
    public void check(String caseType, String caseId, String member, BallotChoice choice, String reason) {
        requireCommitteeMember(caseType, caseId, member);
        Vote vote = votes.latest(caseType, caseId).orElseThrow(Ballots::noVote);
        admit(vote, member, choice, reason);
        if (!vote.isOpen()) {
            throw new ConflictException(Languages.text("error.vote.closed"));
        }
        if (repository.hasBallot(vote.id(), member)) {
            throw new ConflictException(Languages.text("error.vote.already-voted"));
        }
    }

    /**
     * Casts the ballot of a member whose ballot task the engine is completing right now (from Camunda's Tasklist),
     * inside the engine's transaction: the ballot row and the completion commit or roll back together. The vote's
     * row is locked here, before the engine writes anything at the end of its command, so the locking order is
     * the same as {@link #cast}'s. There is no retry: a collision rolls the completion back and the member submits
     * again.
     */
    public CastBallot castWhileTaskCompletes(String caseType, String caseId, String member, BallotChoice choice,
            String reason) {
        requireCommitteeMember(caseType, caseId, member);
        try {
            return castLocked(caseType, caseId, member, choice, reason, false);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Languages.text("error.vote.already-voted"));
        }
    }

    /**
     * Refuses anyone not on the committee before anything is locked, except a former member the case's latest vote
     * still counts: a vote keeps the electorate it opened with, whatever the committee decides meanwhile.
     */
    private void requireCommitteeMember(String caseType, String caseId, String member) {
        if (!people.isMember(member, Groups.STEERING_COMMITTEE)
                && !votes.latest(caseType, caseId).map(vote -> vote.isEligible(member)).orElse(false)) {
            throw new ForbiddenException(Languages.text("error.vote.committee-only"));
        }
    }

    /** Who may vote in this vote is checked before the ballot itself; answers the cleaned reason. */
    private static String admit(Vote vote, String member, BallotChoice choice, String reason) {
        if (vote.recused().contains(member)) {
            throw new ForbiddenException(Languages.text("error.vote.recused"));
        }
        if (!vote.isEligible(member)) {
            throw new ForbiddenException(Languages.text("error.vote.not-eligible"));
        }
        if (choice == null) {
            throw new InvalidInputException("vote", Languages.text("error.field.vote-choice"));
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (choice == BallotChoice.REJECT && cleanReason == null) {
            throw new InvalidInputException("reason", Languages.text(REASON_REQUIRED));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanReason != null && !TextRules.multiLine("reason", cleanReason, MAX_REASON, false, problems)) {
            throw new InvalidInputException(problems);
        }
        return cleanReason;
    }

    private static ConflictException noVote() {
        return new ConflictException(Languages.text("error.vote.none"));
    }

    /**
     * Locks and reads the case's latest vote, admits the member, reads the ballots once, records the ballot and
     * holds the vote as it now stands for the rest of the transaction ({@link VoteSnapshots}).
     */
    private CastBallot castLocked(String caseType, String caseId, String member, BallotChoice choice, String reason,
                                  boolean completeTask) {
        Vote vote = repository.lockLatestOf(caseType, caseId).orElseThrow(Ballots::noVote);
        String cleanReason = admit(vote, member, choice, reason);
        if (!vote.isOpen()) {
            throw new ConflictException(Languages.text("error.vote.closed"));
        }
        List<CastBallot> ballots = new ArrayList<>(repository.ballots(vote.id()));
        if (ballots.stream().anyMatch(b -> b.member().equals(member))) {
            throw new ConflictException(Languages.text("error.vote.already-voted"));
        }
        CastBallot ballot = new CastBallot(member, choice, cleanReason, clock.instant());
        repository.insertBallot(UUID.randomUUID().toString(), vote.id(), ballot);
        repository.countBallot(vote.id());
        timeline.record(vote.caseType(), vote.caseId(), BALLOT_CAST, member, null, ballot.castAt());
        ballots.add(ballot);
        snapshots.hold(new VoteSnapshot(vote, ballots));
        if (completeTask) {
            // A plain statement answered from the task table's indexes, rather than the engine's task query, whose
            // dynamic statement cost more to build than the completion's own queries.
            Task task = taskService.createNativeTaskQuery()
                    .sql("select * from " + tables.of(TaskEntity.class) + " where PROC_INST_ID_ = #{instance}"
                            + " and TASK_DEF_KEY_ = #{ballotTask} and ASSIGNEE_ = #{member}")
                    .parameter("instance", vote.processInstanceId()).parameter("ballotTask", VoteProcess.BALLOT_TASK)
                    .parameter("member", member).singleResult();
            if (task != null) {
                taskService.complete(task.getId());
            }
        }
        return ballot;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
