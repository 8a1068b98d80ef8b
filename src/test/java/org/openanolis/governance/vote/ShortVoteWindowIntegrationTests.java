package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.task.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A vote measured in seconds, run by the real job executor as in a demo: it closes early, extends and
 * ends without quorum on time, not at the next poll a minute later.
 */
@SpringBootTest(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "governance.vote.window=PT8S",
        "governance.vote.min-open=PT3S",
        "governance.vote.extension=PT4S"})
@ActiveProfiles({"demo", "test"})
class ShortVoteWindowIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    /** How late a timer may fire: the job executor polls at least every two seconds. */
    private static final Duration SLACK = Duration.ofSeconds(4);

    @Autowired
    SigProposals proposals;
    @Autowired
    Inbox inbox;
    @Autowired
    Ballots ballots;
    @Autowired
    Votes votes;

    @Test
    void decidedVoteClosesOnceMinOpenHasPassed() {
        SigProposal p = ProposalInVote.open(proposals, inbox, "sig-seconds-early");
        for (String member : List.of("alice", "bob", "carol", "dave", "erin")) {
            ballots.cast(SigProposal.CASE_TYPE, p.getId(), member, BallotChoice.APPROVE, null);
        }
        Vote open = votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();

        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> status(p) == SigStatus.PROVISIONING);

        Vote closed = votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();
        assertThat(closed.outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(closed.closedAt()).isAfterOrEqualTo(open.minOpenAt()).isBefore(open.minOpenAt().plus(SLACK));
    }

    @Test
    void voteWithoutQuorumExtendsOnceThenEndsOnTime() {
        SigProposal p = ProposalInVote.open(proposals, inbox, "sig-seconds-quorum");
        ballots.cast(SigProposal.CASE_TYPE, p.getId(), "alice", BallotChoice.APPROVE, null);
        Vote open = votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();

        Awaitility.await().atMost(Duration.ofSeconds(25)).until(() -> status(p) == SigStatus.NO_QUORUM);

        Vote ended = votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();
        assertThat(ended.extended()).isTrue();
        assertThat(ended.closesAt()).isEqualTo(open.originalClosesAt().plus(Duration.ofSeconds(4)));
        assertThat(ended.closedAt()).isAfterOrEqualTo(ended.closesAt()).isBefore(ended.closesAt().plus(SLACK));
        assertThat(ended.outcome()).isEqualTo(VoteOutcome.NO_QUORUM);
    }

    private SigStatus status(SigProposal p) {
        return proposals.find(p.getId()).orElseThrow().getStatus();
    }
}
