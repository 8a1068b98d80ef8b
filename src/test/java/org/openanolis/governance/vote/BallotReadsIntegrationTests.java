package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.GovernanceApplication;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.StatementLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * What one ballot reads (issue 16, part 3): the vote's row once, under its lock; its ballots once; the case only
 * when the ballot decides the vote, once, when the case follows the decision. Counted as the SQL statements the
 * application prepares during the request.
 */
@SpringBootTest(classes = {GovernanceApplication.class, StatementLog.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BallotReadsIntegrationTests extends ApiScenario {

    private static final String VOTE_ROW = "select * from vote where";
    private static final String BALLOTS = "select member, choice, reason, cast_at from ballot";
    private static final String BALLOT_COUNT = "select count(*) from ballot";
    private static final String CASE_ROW = "select * from sig_proposal where id";

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private EngineDriver engine;

    @Test
    void aBallotThatDecidesNothingReadsTheVoteAndItsBallotsOnceAndNeverTheCase() {
        String id = acceptedForVote(uniqueName("reads"));

        StatementLog.clear();
        approveBy(id, "alice");

        assertThat(StatementLog.count(VOTE_ROW)).as("vote row reads in %s", StatementLog.all()).isEqualTo(1);
        assertThat(StatementLog.count(BALLOTS) + StatementLog.count(BALLOT_COUNT)).as("ballot reads").isEqualTo(1);
        assertThat(StatementLog.count(CASE_ROW)).as("case reads").isZero();
    }

    @Test
    void theDecidingBallotReadsTheVoteItsBallotsAndTheCaseOnceEach() {
        String id = acceptedForVote(uniqueName("deciding"));
        engine.passTime(id, Duration.ofHours(72));
        approveBy(id, "alice", "bob", "carol", "dave");
        assertThat(status(id)).isEqualTo("VOTING");

        StatementLog.clear();
        approveBy(id, "erin");
        long voteReads = StatementLog.count(VOTE_ROW);
        long ballotReads = StatementLog.count(BALLOTS) + StatementLog.count(BALLOT_COUNT);
        long caseReads = StatementLog.count(CASE_ROW);
        String statements = StatementLog.all().toString();

        assertThat(status(id)).as("the fifth approval of seven decides").isEqualTo("PROVISIONING");
        assertThat(voteReads).as("vote row reads in %s", statements).isEqualTo(1);
        assertThat(ballotReads).as("ballot reads in %s", statements).isEqualTo(1);
        assertThat(caseReads).as("case reads in %s", statements).isEqualTo(1);
    }
}
