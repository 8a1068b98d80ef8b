package org.openanolis.governance.vote;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.openanolis.governance.timeline.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import lombok.RequiredArgsConstructor;

/**
 * Opens committee votes and answers what a vote looks like. The committee is read from its group at
 * the moment a vote opens; recusal comes from the case (DOMAIN.md, "The committee vote").
 */
@Service
@RequiredArgsConstructor
public class Votes {

    private final VoteRepository votes;
    private final VoteSnapshots snapshots;
    private final List<VoteCases> cases;
    private final People people;
    private final VoteMail mail;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final GovernanceProperties properties;
    private final Clock clock;

    /** The result of trying to open a vote: no vote when fewer than three members may vote. */
    public record Opening(String voteId, String caseName, boolean electorateSufficient) {
    }

    public Opening open(String caseType, String caseId, Threshold threshold, String processInstanceId) {
        VoteCase subject = subject(caseType, caseId);
        List<Person> members = people.membersOf(Groups.STEERING_COMMITTEE);
        List<String> recused = new ArrayList<>();
        List<String> eligible = new ArrayList<>();
        for (Person member : members) {
            (isRecused(member, subject) ? recused : eligible).add(member.id());
        }
        if (!VoteRules.canOpen(eligible.size())) {
            timeline.record(caseType, caseId, "VOTE_ESCALATED", Timeline.SYSTEM,
                    TimelineComment.of("vote-escalated", eligible.size(), members.size()));
            return new Opening(null, subject.name(), false);
        }
        Instant now = clock.instant();
        GovernanceProperties.Vote rules = properties.vote();
        Instant closesAt = now.plus(rules.window());
        Vote vote = new Vote(UUID.randomUUID().toString(), caseType, caseId, subject.name(),
                votes.nextRound(caseType, caseId), threshold, members.stream().map(Person::id).toList(),
                List.copyOf(eligible), List.copyOf(recused), eligible.size(), Tally.quorumFor(eligible.size()),
                now, now.plus(rules.minOpen()), closesAt, closesAt, false, VoteStatus.OPEN, null, null,
                processInstanceId, subject.proposer());
        votes.insert(vote);
        Object thresholdWord = TimelineComment.word("threshold." + threshold);
        timeline.record(caseType, caseId, "VOTE_OPENED", Timeline.SYSTEM,
                recused.isEmpty()
                        ? TimelineComment.of("vote-opened", vote.round(), thresholdWord, vote.electorate(), vote.quorum())
                        : TimelineComment.of("vote-opened-recused", vote.round(), thresholdWord, vote.electorate(),
                                vote.quorum(), String.join(", ", recused.stream().map(people::displayName).toList())));
        mail.recusedFyi(vote);
        events.publishEvent(new VoteEvents.VoteOpened(caseType, caseId, vote.id(), vote.caseName()));
        return new Opening(vote.id(), subject.name(), true);
    }

    /**
     * Locks the case's open vote before the caller locks the case itself: a ballot locks the vote and
     * then, when it decides the vote, the case, so taking them in the same order cannot deadlock.
     */
    public void lockOpenVote(String caseType, String caseId) {
        votes.lockOpenVoteOf(caseType, caseId);
    }

    /** Cancels the case's open vote, if any, when the case is withdrawn. */
    public void cancelOpenVote(String caseType, String caseId) {
        latest(caseType, caseId).filter(Vote::isOpen).ifPresent(v -> {
            if (votes.close(v.id(), VoteOutcome.CANCELLED, clock.instant())) {
                timeline.record(caseType, caseId, "VOTE_CANCELLED", Timeline.SYSTEM, null);
            }
        });
    }

    /** The vote, as this transaction holds it under its row lock if it does (a closing does), else as stored. */
    public Optional<Vote> find(String voteId) {
        return snapshots.held(voteId).map(VoteSnapshot::vote).or(() -> votes.find(voteId));
    }

    public Optional<Vote> latest(String caseType, String caseId) {
        List<Vote> all = votes.ofCase(caseType, caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every open vote, the one closing first first: what the committee's calendar shows (never its counts). */
    public List<Vote> openVotes() {
        return votes.open();
    }

    /** The open votes this member may vote in and has not voted in yet, the one closing first first. */
    public List<Vote> awaitingBallotOf(String member) {
        return votes.open().stream().filter(v -> v.isEligible(member) && !votes.hasBallot(v.id(), member)).toList();
    }

    public List<CastBallot> ballots(String voteId) {
        return votes.ballots(voteId);
    }

    /** Eligible members who have not cast a ballot yet, in a stable order. */
    public List<String> pendingVoters(String voteId) {
        Vote vote = require(voteId);
        Set<String> voted = new HashSet<>();
        votes.ballots(voteId).forEach(b -> voted.add(b.member()));
        return vote.eligible().stream().filter(m -> !voted.contains(m)).toList();
    }

    public Tally tally(Vote vote) {
        Tally tally = new Tally(vote.electorate(), 0, 0, 0);
        for (CastBallot b : votes.ballots(vote.id())) {
            tally = tally.with(b.vote());
        }
        return tally;
    }

    /** Every vote of the case, the latest last, as the given reader may see them. */
    public List<VoteView> views(String caseType, String caseId, String reader) {
        boolean insider = reader != null && (people.isMember(reader, Groups.STEERING_COMMITTEE)
                || people.isMember(reader, Groups.ADMINISTRATORS));
        return votes.ofCase(caseType, caseId).stream().map(v -> view(v, insider || !v.isOpen())).toList();
    }

    /**
     * A case's timeline as a reader of these vote views may see it: while they may not see the open
     * vote's ballots, the timeline must not say who has cast one either.
     */
    public static List<TimelineEntry> withoutPrivateBallots(List<TimelineEntry> timeline, List<VoteView> views) {
        VoteView latest = views.isEmpty() ? null : views.get(views.size() - 1);
        if (latest == null || latest.ballots() != null) {
            return timeline;
        }
        return timeline.stream()
                .filter(e -> !(Ballots.BALLOT_CAST.equals(e.event()) && !e.at().isBefore(latest.opensAt()))).toList();
    }

    private VoteView view(Vote v, boolean showCounts) {
        if (!showCounts) {
            return new VoteView(v.id(), v.round(), v.threshold(), v.electorate(), v.quorum(), v.recused(), v.opensAt(),
                    v.closesAt(), v.extended(), v.outcome(), v.closedAt(), null, null, null, null, null);
        }
        List<CastBallot> ballots = votes.ballots(v.id());
        Tally t = tally(v);
        Set<String> voted = new HashSet<>();
        ballots.forEach(b -> voted.add(b.member()));
        List<String> notVoted = v.eligible().stream().filter(m -> !voted.contains(m)).toList();
        return new VoteView(v.id(), v.round(), v.threshold(), v.electorate(), v.quorum(), v.recused(), v.opensAt(),
                v.closesAt(), v.extended(), v.outcome(), v.closedAt(), t.approvals(), t.rejections(), t.abstentions(),
                notVoted, ballots);
    }

    Vote require(String voteId) {
        return votes.find(voteId).orElseThrow(() -> new IllegalStateException("No vote " + voteId));
    }

    /** The case as the vote sees it, from whichever module keeps cases of its type. */
    VoteCase subject(String caseType, String caseId) {
        return cases.stream().filter(c -> c.decides(caseType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No module decides cases of type " + caseType))
                .describe(caseType, caseId);
    }

    private static boolean isRecused(Person member, VoteCase subject) {
        return subject.recusedPeople().contains(member.id())
                || subject.recusedOrganizations().stream().anyMatch(member::belongsTo);
    }
}
