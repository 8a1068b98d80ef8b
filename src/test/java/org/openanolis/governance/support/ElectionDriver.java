package org.openanolis.governance.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.openanolis.governance.election.BallotForm;
import org.openanolis.governance.election.CastBallot;
import org.openanolis.governance.election.ElectionForm;
import org.openanolis.governance.election.Elections;
import org.openanolis.governance.election.NominationForm;
import org.openanolis.governance.election.Nominations;
import org.openanolis.governance.election.Voting;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * Brings an election to a stage through the services, as its people would: opened by Olivia (an officer of the demo)
 * with nomination opening now, voting after a day and for two days, the term a day after the close.
 */
@Component
@RequiredArgsConstructor
public class ElectionDriver {

    public static final String OFFICER = "olivia";
    public static final Duration NOMINATION = Duration.ofDays(1);
    public static final Duration VOTING = Duration.ofDays(2);

    private final Elections elections;
    private final Nominations nominations;
    private final Voting voting;
    private final EngineDriver engine;

    /** An election of this many seats, its voter roll frozen: nominations are open. */
    public String nominating(String title, int seats) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String id = elections.open(new ElectionForm(title, seats, null, now.toString(),
                now.plus(NOMINATION).toString(), now.plus(NOMINATION).plus(VOTING).toString(),
                now.plus(NOMINATION).plus(VOTING).plus(Duration.ofDays(1)).toString()), OFFICER).getId();
        engine.fireDueJobs(id);
        return id;
    }

    /**
     * A candidacy that counts: nominated by its first endorser (a voter), accepted, endorsed by voters of at least
     * two organizations other than the candidate's.
     */
    public void candidate(String id, String person, List<String> endorsers) {
        nominations.nominate(id, new NominationForm(person, "Statement of " + person), endorsers.get(0));
        nominations.accept(id, person, person);
        endorsers.forEach(endorser -> nominations.endorse(id, person, endorser));
    }

    public void openVoting(String id) {
        engine.passTime(id, NOMINATION);
    }

    public CastBallot cast(String id, String voter, Map<String, Integer> ranks) {
        return voting.cast(id, new BallotForm(ranks, null), voter);
    }

    /** Voting closes: the reminders go out, the ballots are counted, the officers are asked to certify. */
    public void closeVoting(String id) {
        engine.passTime(id, VOTING);
    }

    /** An election counted and waiting for certification, with one candidate and one ballot. */
    public String counted(String title) {
        String id = nominating(title, 1);
        candidate(id, "paul", List.of("bob", "carol", "dave"));
        openVoting(id);
        cast(id, "erin", Map.of("paul", 1));
        closeVoting(id);
        return id;
    }
}
