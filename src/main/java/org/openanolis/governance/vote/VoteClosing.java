package org.openanolis.governance.vote;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/** The vote's clock: early close, reminders, the deadline with its one extension, the tally. */
@Service
@RequiredArgsConstructor
public class VoteClosing {

    /** What the deadline leads to. */
    public enum DeadlineOutcome { TALLY, EXTENDED, NO_QUORUM }

    /** Which reminder is due. */
    public enum Reminder { HALF_WINDOW, DAY_BEFORE_CLOSE }

    private final Votes votes;
    private final VoteRepository repository;
    private final VoteSnapshots snapshots;
    private final VoteMail mail;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final GovernanceProperties properties;
    private final Clock clock;

    /**
     * DOMAIN.md's early close: min-open has passed and no completion of the remaining ballots could
     * change the outcome. Everybody having voted is the extreme case of that.
     */
    public boolean decidedEarly(String voteId) {
        VoteSnapshot vote = snapshots.held(voteId)
                .orElseGet(() -> new VoteSnapshot(votes.require(voteId), repository.ballots(voteId)));
        return vote.decidedEarly(clock.instant());
    }

    /** Reminds the eligible members who have not voted; a reminder that would fall before the opening is skipped. */
    public void remind(String voteId, Reminder reminder) {
        Vote vote = votes.require(voteId);
        Instant due = reminder == Reminder.HALF_WINDOW ? vote.halfWindowAt() : vote.dayBeforeCloseAt();
        List<String> nonVoters = votes.pendingVoters(voteId);
        if (!vote.isOpen() || due.isBefore(vote.opensAt()) || nonVoters.isEmpty()) {
            return;
        }
        mail.reminder(vote, nonVoters);
        timeline.record(vote.caseType(), vote.caseId(), "VOTE_REMINDER", Timeline.SYSTEM,
                TimelineComment.of("vote-reminder"));
    }

    /** At the deadline: tally with quorum, else extend once from the original deadline, else no quorum. */
    public DeadlineOutcome reachDeadline(String voteId, String processInstanceId) {
        Vote vote = requireOwnOpenVote(votes.require(voteId), processInstanceId);
        if (clock.instant().isBefore(vote.closesAt())) {
            throw refusal(vote, "its deadline has not come");
        }
        if (votes.tally(vote).quorumMet()) {
            return DeadlineOutcome.TALLY;
        }
        if (vote.extended()) {
            return DeadlineOutcome.NO_QUORUM;
        }
        Instant newDeadline = vote.originalClosesAt().plus(properties.vote().extension());
        repository.extend(voteId, newDeadline);
        Vote extended = votes.require(voteId);
        mail.extended(extended, votes.pendingVoters(voteId));
        timeline.record(vote.caseType(), vote.caseId(), "VOTE_EXTENDED", Timeline.SYSTEM,
                TimelineComment.of("vote-extended", newDeadline));
        return DeadlineOutcome.EXTENDED;
    }

    /**
     * Closes the vote with its outcome (non-voters absent) and announces the result, if the ballots allow it: the vote
     * of this process instance is open and either decided early (min-open passed, outcome invariant) or past its
     * deadline with quorum. The process reaches this only then; anything else that reached it (an escalation thrown
     * by hand, a {@code voteId} of another vote) is refused, and its transaction with it.
     */
    public VoteOutcome tally(String voteId, String processInstanceId) {
        VoteSnapshot held = snapshots.held(voteId).orElseGet(() -> lockAndRead(voteId));
        Vote vote = requireOwnOpenVote(held.vote(), processInstanceId);
        Tally tally = held.tally();
        boolean early = held.decidedEarly(clock.instant());
        boolean deadline = !clock.instant().isBefore(vote.closesAt()) && tally.quorumMet();
        if (!early && !deadline) {
            throw refusal(vote, "it is neither decided early nor past its deadline with quorum");
        }
        VoteOutcome outcome = tally.outcome(vote.threshold());
        Instant now = clock.instant();
        if (!repository.close(voteId, outcome, now)) {
            throw new IllegalStateException("Vote " + voteId + " was closed twice");
        }
        timeline.record(vote.caseType(), vote.caseId(), "VOTE_CLOSED", Timeline.SYSTEM,
                TimelineComment.of("vote-closed", TimelineComment.word("outcome." + outcome), tally.approvals(),
                        tally.rejections(), tally.abstentions(), tally.electorate(), tally.quorum()));
        Vote closed = vote.closedWith(outcome, now);
        // Whatever else this transaction asks of the vote must see it closed, not the snapshot that closed it.
        snapshots.hold(new VoteSnapshot(closed, held.ballots()));
        mail.result(closed, tally, held.ballots(), proposerOf(vote));
        events.publishEvent(new VoteEvents.VoteDecided(vote.caseType(), vote.caseId(), voteId, outcome,
                vote.caseName()));
        return outcome;
    }

    /** The vote and its ballots under the vote's row lock, so no ballot slips in between the count and the close. */
    private VoteSnapshot lockAndRead(String voteId) {
        Vote vote = repository.lock(voteId).orElseThrow(() -> new IllegalStateException("No vote " + voteId));
        VoteSnapshot snapshot = new VoteSnapshot(vote, repository.ballots(voteId));
        snapshots.hold(snapshot);
        return snapshot;
    }

    /** Who hears the result as the proposer: kept with the vote, or asked of the case for votes older than that. */
    private String proposerOf(Vote vote) {
        return vote.proposer() != null ? vote.proposer() : votes.subject(vote.caseType(), vote.caseId()).proposer();
    }

    /**
     * The extended deadline passed without quorum: the chair decides what happens next. Refused unless that is so for
     * the open vote of this process instance (see {@link #tally}).
     */
    public void recordNoQuorum(String voteId, String processInstanceId) {
        Vote vote = requireOwnOpenVote(votes.require(voteId), processInstanceId);
        if (!vote.extended() || clock.instant().isBefore(vote.closesAt()) || votes.tally(vote).quorumMet()) {
            throw refusal(vote, "its extended deadline has not passed without quorum");
        }
        List<String> nonVoters = votes.pendingVoters(voteId);
        repository.close(voteId, VoteOutcome.NO_QUORUM, clock.instant());
        timeline.record(vote.caseType(), vote.caseId(), "VOTE_NO_QUORUM", Timeline.SYSTEM,
                TimelineComment.of("vote-no-quorum", votes.tally(vote).cast(), vote.electorate(), vote.quorum()));
        mail.noQuorum(vote, nonVoters, proposerOf(vote));
        events.publishEvent(new VoteEvents.VoteEndedWithoutQuorum(vote.caseType(), vote.caseId(), voteId,
                vote.caseName()));
    }

    private static Vote requireOwnOpenVote(Vote vote, String processInstanceId) {
        if (!vote.isOpen() || !vote.processInstanceId().equals(processInstanceId)) {
            throw refusal(vote, "it is not the open vote of process instance " + processInstanceId);
        }
        return vote;
    }

    private static IllegalStateException refusal(Vote vote, String why) {
        return new IllegalStateException("Vote " + vote.id() + " may not close now: " + why);
    }
}
