package org.openanolis.governance.vote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
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

    private final Votes votes;
    private final VoteRepository repository;
    private final TaskService taskService;
    private final People people;
    private final Timeline timeline;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /**
     * Ballots tried again after a collision with a concurrent ballot on the same vote: a rising rate says members
     * vote in bursts the row lock does not absorb (Prometheus: governance_ballots_retries_total).
     */
    private final Counter retries;

    Ballots(Votes votes, VoteRepository repository, TaskService taskService, People people, Timeline timeline,
            TransactionTemplate transactions, Clock clock, MeterRegistry meters) {
        this.votes = votes;
        this.repository = repository;
        this.taskService = taskService;
        this.people = people;
        this.timeline = timeline;
        this.transactions = transactions;
        this.clock = clock;
        this.retries = Counter.builder("governance.ballots.retries")
                .description("Ballots tried again after colliding with a concurrent ballot (optimistic locking)")
                .register(meters);
    }

    /** Casts {@code member}'s ballot in the case's open vote. Who may vote is checked before the state. */
    public CastBallot cast(String caseType, String caseId, String member, BallotChoice choice, String reason) {
        Admitted admitted = admit(caseType, caseId, member, choice, reason);
        CastBallot ballot = null;
        for (int attempt = 1; ballot == null; attempt++) {
            try {
                ballot = transactions.execute(tx -> record(admitted.vote(), member, choice, admitted.reason(), true));
            } catch (OptimisticLockingException | PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                retries.increment();
                log.info("Ballot of {} on vote {} collided (attempt {}), trying again", member, admitted.vote().id(), attempt);
                pause(attempt);
            } catch (DuplicateKeyException e) {
                throw new ConflictException("You have already voted; a ballot is final");
            }
        }
        return ballot;
    }

    /**
     * Refuses a ballot the way {@link #cast} would, without casting it and without locks: lets a form be refused
     * before the engine moves. The final word stays with {@link #castWhileTaskCompletes}.
     */
    public void check(String caseType, String caseId, String member, BallotChoice choice, String reason) {
        Admitted admitted = admit(caseType, caseId, member, choice, reason);
        if (!admitted.vote().isOpen()) {
            throw new ConflictException("The vote is closed");
        }
        if (repository.hasBallot(admitted.vote().id(), member)) {
            throw new ConflictException("You have already voted; a ballot is final");
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
        Admitted admitted = admit(caseType, caseId, member, choice, reason);
        try {
            return record(admitted.vote(), member, choice, admitted.reason(), false);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("You have already voted; a ballot is final");
        }
    }

    /** Who may vote is checked before the state; answers the vote and the cleaned reason. */
    private Admitted admit(String caseType, String caseId, String member, BallotChoice choice, String reason) {
        if (!people.isMember(member, Groups.STEERING_COMMITTEE)) {
            throw new ForbiddenException("Only members of the steering committee vote");
        }
        Vote vote = votes.latest(caseType, caseId).orElseThrow(() -> new ConflictException("No vote has opened on this case"));
        if (vote.recused().contains(member)) {
            throw new ForbiddenException("You are recused from this vote");
        }
        if (!vote.isEligible(member)) {
            throw new ForbiddenException("You were not on the committee when this vote opened");
        }
        if (choice == null) {
            throw new InvalidInputException("vote", "must be APPROVE, REJECT or ABSTAIN");
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (choice == BallotChoice.REJECT && cleanReason == null) {
            throw new InvalidInputException("reason", "a REJECT must carry a reason");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (cleanReason != null && !TextRules.multiLine("reason", cleanReason, MAX_REASON, false, problems)) {
            throw new InvalidInputException(problems);
        }
        return new Admitted(vote, cleanReason);
    }

    private record Admitted(Vote vote, String reason) {
    }

    private CastBallot record(Vote vote, String member, BallotChoice choice, String reason, boolean completeTask) {
        if (!repository.lockOpenForBallot(vote.id())) {
            throw new ConflictException("The vote is closed");
        }
        if (repository.hasBallot(vote.id(), member)) {
            throw new ConflictException("You have already voted; a ballot is final");
        }
        CastBallot ballot = new CastBallot(member, choice, reason, clock.instant());
        repository.insertBallot(UUID.randomUUID().toString(), vote.id(), ballot);
        timeline.record(vote.caseType(), vote.caseId(), BALLOT_CAST, member, null, ballot.castAt());
        if (!completeTask) {
            return ballot;
        }
        Task task = taskService.createTaskQuery().processInstanceId(vote.processInstanceId())
                .taskDefinitionKey(VoteProcess.BALLOT_TASK).taskAssignee(member).singleResult();
        if (task != null) {
            taskService.complete(task.getId());
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
