package org.openanolis.governance.election;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.election.elekto.ElektoElection;
import org.openanolis.governance.election.elekto.ElektoExport;
import org.openanolis.governance.election.tally.BallotsCsv;
import org.openanolis.governance.election.tally.CountedBallot;
import org.openanolis.governance.election.tally.Ranking;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/** Reads an election for one reader, and its published result and ballots. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ElectionReader {

    private final CaseKind<Election> elections;
    private final ElectionSchedules schedules;
    private final VoterRoll roll;
    private final Candidacies candidacies;
    private final BallotBox ballots;
    private final ElectionResults results;
    private final Elections officers;
    private final People people;
    private final Timeline timeline;

    public ElectionOverview overview(String id, String reader) {
        Election election = elections.find(id);
        ElectionSchedule schedule = schedules.of(id);
        boolean officer = reader != null && officers.isOfficer(reader);
        List<Candidacy> all = candidacies.all(id);
        List<ElectionOverview.CandidacyView> views = all.stream().map(c -> new ElectionOverview.CandidacyView(
                c.person(), people.displayName(c.person()), c.organization(), c.statement(), c.nominatedBy(),
                c.nominatedAt(), c.isAccepted(), c.counts(), c.endorsements())).toList();
        ElectionOverview.Reader you = reader == null ? null : new ElectionOverview.Reader(officer,
                roll.contains(id, reader), ballots.hasVoted(id, reader),
                all.stream().anyMatch(c -> VoterRoll.key(c.person()).equals(VoterRoll.key(reader))));
        ElectionCall call = election.getDetails();
        return new ElectionOverview(id, call.title(), election.getProposer(), election.getStatus(), call.seats(),
                call.maxPerOrganization(), call.term(), schedule.nominationOpens(), schedule.votingOpens(),
                schedule.votingCloses(), schedule.termStarts(), schedule.tieBreakOrder(), roll.size(id),
                ballots.participants(id), views, result(id, officer).orElse(null), you,
                timeline.of(ElectionCaseType.ELECTION.key(), id));
    }

    /** The result: published once certified; before that only the officers, who certify it, read it. */
    public Optional<ElectionResult> result(String id, boolean officer) {
        return results.find(id).filter(r -> officer || r.certifiedAt() != null);
    }

    /**
     * The election as an Elekto election folder (README "Electing the committee"), zipped: to the officers at any
     * time, to anyone once the result is certified, since it names the whole voter roll. Empty otherwise.
     */
    public Optional<byte[]> elektoZip(String id, String reader) {
        Election election = elections.find(id);
        boolean officer = reader != null && officers.isOfficer(reader);
        if (!officer && result(id, false).isEmpty()) {
            return Optional.empty();
        }
        ElectionSchedule schedule = schedules.of(id);
        List<ElektoElection.Candidate> candidates = candidacies.all(id).stream().filter(Candidacy::counts)
                .map(c -> new ElektoElection.Candidate(c.person(), people.find(c.person()).map(Person::name)
                        .orElse(c.person()), c.organization(), c.statement())).toList();
        return Optional.of(ElektoExport.zip(new ElektoElection(id, election.getDetails().title(), null,
                schedule.votingOpens(), schedule.votingCloses(), election.getDetails().seats(),
                people.membersOf(Groups.ELECTION_OFFICERS).stream().map(Person::id).toList(),
                "Every chair and tech lead of an ACTIVE SIG, every maintainer of a project in the directory and every"
                        + " committee member when nomination opened, and people an officer admitted by an exception.",
                "A person not on the voter roll may ask for an exception, with a reason, until nomination closes.",
                schedule.votingOpens(), roll.all(id).stream().map(VoterRoll.Voter::id).toList(), candidates)));
    }

    /**
     * Every counted ballot as CSV (receipt hash, then each candidate's rank), published with a certified result:
     * empty before.
     */
    public Optional<String> ballotsCsv(String id) {
        return result(id, false).map(r -> BallotsCsv.write(r.tieBreakOrder(), ballots.all(id).stream()
                .map(b -> new CountedBallot(b.receiptHash(), new Ranking(b.ranking()))).toList()));
    }

    /**
     * The hash under which the published ballots name the ballot cast with this receipt, so a voter finds their own
     * ballot: empty before certification (the key is not published yet) and for text that is no receipt.
     */
    public Optional<String> ballotHashOf(String id, String typedReceipt) {
        return result(id, false).flatMap(r -> Receipt.typed(typedReceipt))
                .map(receipt -> schedules.keys(id).ballotHash(receipt));
    }

    /** The ranking of the counted ballot with this receipt hash, best first; empty before certification. */
    public Optional<List<Set<String>>> countedBallot(String id, String receiptHash) {
        return result(id, false).flatMap(r -> ballots.all(id).stream()
                .filter(b -> b.receiptHash().equals(receiptHash)).findFirst().map(BallotBox.StoredBallot::ranking));
    }
}
