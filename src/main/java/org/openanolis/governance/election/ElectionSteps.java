package org.openanolis.governance.election;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.committee.CommitteeMembership;
import org.openanolis.governance.election.tally.Contender;
import org.openanolis.governance.election.tally.Ranking;
import org.openanolis.governance.election.tally.SchulzeCount;
import org.openanolis.governance.election.tally.Seating;
import org.openanolis.governance.election.tally.Tally;
import org.openanolis.governance.election.tally.TieBreakOrder;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.People;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The steps of bpmn/committee-election.bpmn, each called by its delegate in the engine's transaction: freezing the
 * roll, the officers' answer to an exception, opening voting with the candidacies that count, the reminders, the
 * count, certification or annulment, and the start of the term.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ElectionSteps {

    private final CaseKind<Election> elections;
    private final ElectionSchedules schedules;
    private final VoterRoll roll;
    private final VoterExceptions exceptions;
    private final Candidacies candidacies;
    private final BallotBox ballots;
    private final ElectionResults results;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final People people;
    private final CommitteeMembership committee;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Nomination opens: the roll is frozen from the roles of the moment, and every voter is told. */
    public void openNomination(String id) {
        int voters = roll.freeze(id);
        Election election = lifecycle.step(elections, id, Election::openNomination, "NOMINATION_OPENED",
                Timeline.SYSTEM, TimelineComment.of("roll-frozen", voters));
        mail.toPeople(election, NoticeType.ELECTION_NOMINATION_OPENED, voterIds(id), dates(id));
    }

    /** An officer granted or refused a request for an exception; the person is told either way. */
    public void answerException(String id, String exceptionId, boolean granted, TaskDecision decision) {
        exceptions.lockRequested(exceptionId).ifPresent(request -> {
            Election election = elections.find(id);
            if (granted && !roll.contains(id, request.person())) {
                roll.admit(id, request.person(), VoterRoll.EXCEPTION);
            }
            exceptions.answer(exceptionId, granted ? VoterException.GRANTED : VoterException.REFUSED,
                    decision.actor(), clock.instant(), decision.comment());
            lifecycle.record(elections, id, granted ? "EXCEPTION_GRANTED" : "EXCEPTION_REFUSED", decision.actor(),
                    TimelineComment.of("exception-answered", people.displayName(request.person())));
            Map<String, Object> model = new HashMap<>();
            model.put("granted", granted);
            model.put("comment", decision.comment());
            mail.toPeople(election, NoticeType.ELECTION_EXCEPTION_ANSWERED, List.of(request.person()), model);
        });
    }

    /** Nomination closed before an officer answered: the request lapses. */
    public void lapseException(String exceptionId) {
        exceptions.lockRequested(exceptionId).ifPresent(request ->
                exceptions.answer(exceptionId, VoterException.LAPSED, null, null, null));
    }

    /**
     * Voting opens with the candidacies that count, in the tie-break order published now; with none, the election
     * fails. Answers whether voting opened.
     */
    public boolean openVoting(String id) {
        List<String> counting = candidacies.all(id).stream().filter(Candidacy::counts).map(Candidacy::person).toList();
        if (counting.isEmpty()) {
            Election election = lifecycle.step(elections, id, Election::fail, "FAILED", Timeline.SYSTEM,
                    TimelineComment.of("no-candidates"));
            mail.toPeople(election, NoticeType.ELECTION_FAILED, voterIds(id), Map.of());
            return false;
        }
        schedules.fixTieBreakOrder(id, TieBreakOrder.of(id, counting));
        Election election = lifecycle.step(elections, id, Election::openVoting, "VOTING_OPENED", Timeline.SYSTEM,
                TimelineComment.of("voting-opened", counting.size()));
        mail.toPeople(election, NoticeType.ELECTION_VOTING_OPENED, voterIds(id), dates(id));
        return true;
    }

    /** A reminder to every voter who has not voted; {@code last} is the one 24 h before the close. */
    public void remind(String id, boolean last) {
        ElectionSchedule schedule = schedules.of(id);
        Election election = elections.find(id);
        if (election.getStatus() != ElectionStatus.VOTING || last && schedule.dayBefore() == null) {
            return;
        }
        List<String> notVoted = ballots.notVoted(id);
        lifecycle.record(elections, id, "VOTERS_REMINDED", Timeline.SYSTEM,
                TimelineComment.of("voters-reminded", notVoted.size()));
        mail.toPeople(election, NoticeType.ELECTION_REMINDER, notVoted, dates(id));
    }

    /**
     * Voting closes and the ballots are counted. The whole roll is locked first: a ballot is cast under its voter's
     * row, so once the lock is held no ballot is being cast, and none can be after the status has moved on.
     */
    public void count(String id) {
        roll.lockAll(id);
        Election election = lifecycle.follow(elections, id, Election::count);
        ElectionSchedule schedule = schedules.of(id);
        Map<String, Candidacy> candidates = new HashMap<>();
        candidacies.all(id).forEach(c -> candidates.put(c.person(), c));
        List<Contender> contenders = schedule.tieBreakOrder().stream()
                .map(person -> new Contender(person, candidates.get(person).organization())).toList();
        List<BallotBox.StoredBallot> stored = ballots.all(id);
        Map<String, Integer> continuing = committee.continuingSeats(schedule.termStarts());
        int seats = election.getDetails().seats();
        int cap = election.getDetails().maxPerOrganization();
        Tally tally = SchulzeCount.count(contenders,
                stored.stream().map(b -> new Ranking(b.ranking())).toList(), schedule.tieBreakOrder(),
                new Seating(seats, cap, continuing));
        List<ElectionResult.Candidate> counted = contenders.stream().map(c -> new ElectionResult.Candidate(c.id(),
                c.organization(), TieBreakOrder.digest(id, c.id()))).toList();
        results.insert(new ElectionResult(id, seats, cap, counted, schedule.tieBreakOrder(), tally.pairwise(),
                tally.strongestPaths(), tally.ranking(), tally.winners(), tally.skippedForCap(), continuing,
                stored.size(), roll.size(id), clock.instant(), null, null, null));
        lifecycle.record(elections, id, "COUNTED", Timeline.SYSTEM,
                TimelineComment.of("counted", stored.size(), String.join(", ", tally.winners())));
    }

    /** The officers certified the count: it is published with the receipts' key, and everyone is told. */
    public void certify(String id, TaskDecision decision) {
        ElectionResult result = results.find(id).orElseThrow();
        Election election = lifecycle.step(elections, id, Election::certify, "CERTIFIED", decision);
        ElectionResult certified = result.certified(decision.actor(), clock.instant(), schedules.keys(id).ballotKey());
        results.certify(certified);
        Set<String> told = new LinkedHashSet<>(voterIds(id));
        candidacies.all(id).forEach(c -> told.add(c.person()));
        Map<String, Object> model = dates(id);
        model.put("winners", String.join(", ", certified.winners().stream().map(people::displayName).toList()));
        mail.toPeople(election, NoticeType.ELECTION_RESULT, told, model);
        events.publishEvent(new ElectionCertified(id, election.caseName(), certified.winners()));
    }

    /** The officers refused to certify the count, saying why: nothing changes on the committee. */
    public void annul(String id, TaskDecision decision) {
        Election election = lifecycle.step(elections, id, Election::annul, "ANNULLED", decision);
        Map<String, Object> model = new HashMap<>();
        model.put("comment", decision.comment());
        mail.toPeople(election, NoticeType.ELECTION_ANNULLED, voterIds(id), model);
    }

    /** The term starts: the winners join the committee, members whose term ended without re-election leave it. */
    public void startTerm(String id) {
        ElectionResult result = results.find(id).orElseThrow();
        List<String> left = committee.startTerm(result.winners(), schedules.of(id).termStarts(), id);
        lifecycle.step(elections, id, Election::seat, "TERM_STARTED", Timeline.SYSTEM,
                TimelineComment.of("term-started", names(result.winners()), names(left)));
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(people::displayName).toList());
    }

    private List<String> voterIds(String id) {
        return roll.all(id).stream().map(VoterRoll.Voter::id).toList();
    }

    private Map<String, Object> dates(String id) {
        ElectionSchedule schedule = schedules.of(id);
        Map<String, Object> model = new HashMap<>();
        model.put("votingOpens", schedule.votingOpens().toString());
        model.put("votingCloses", schedule.votingCloses().toString());
        model.put("termStarts", schedule.termStarts().toString());
        return model;
    }

}
