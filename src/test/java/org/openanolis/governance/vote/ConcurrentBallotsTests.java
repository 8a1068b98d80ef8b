package org.openanolis.governance.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposals;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.task.Inbox;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** The whole committee voting in the same instant: every ballot counts, once. */
@GovernanceTest
class ConcurrentBallotsTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final List<String> COMMITTEE = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace");

    @Autowired
    SigProposals proposals;
    @Autowired
    Inbox inbox;
    @Autowired
    Ballots ballots;
    @Autowired
    Votes votes;
    @Autowired
    TaskService taskService;

    @Test
    void sevenMembersCastingAtTheSameInstantAllCountOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            SigProposal p = ProposalInVote.open(proposals, inbox, "sig-concurrent-" + round);
            CyclicBarrier sameInstant = new CyclicBarrier(COMMITTEE.size());
            ExecutorService pool = Executors.newFixedThreadPool(COMMITTEE.size());
            List<Future<CastBallot>> cast = new ArrayList<>();
            for (String member : COMMITTEE) {
                cast.add(pool.submit(() -> {
                    sameInstant.await(10, TimeUnit.SECONDS);
                    return ballots.cast(SigProposal.CASE_TYPE, p.getId(), member, BallotChoice.APPROVE, null);
                }));
            }
            for (Future<CastBallot> f : cast) {
                assertThat(f.get(60, TimeUnit.SECONDS).vote()).isEqualTo(BallotChoice.APPROVE);
            }
            pool.shutdown();

            Vote vote = votes.latest(SigProposal.CASE_TYPE, p.getId()).orElseThrow();
            assertThat(votes.ballots(vote.id())).extracting(CastBallot::member).containsExactlyInAnyOrderElementsOf(COMMITTEE);
            assertThat(votes.tally(vote).approvals()).isEqualTo(7);
            assertThat(votes.pendingVoters(vote.id())).isEmpty();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(p.getId())
                    .taskDefinitionKey("UserTask_CastBallot").count()).isZero();
            assertThat(vote.isOpen()).as("min-open has not passed: the vote waits for it").isTrue();
        }
    }
}
