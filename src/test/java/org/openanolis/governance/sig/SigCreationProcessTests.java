package org.openanolis.governance.sig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.VoteOutcome;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** Process 1 of DOMAIN.md, one scenario per business path, with the vote's rules at work. */
@GovernanceTest
class SigCreationProcessTests extends SigScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final String[] COMMITTEE = {"alice", "bob", "carol", "dave", "erin", "frank", "grace"};

    @Test
    void approvedProposalBecomesActiveSigAndIsAnnounced() {
        String name = uniqueName("approved");
        SigProposal p = propose(name);
        ProcessInstance sig = sigProcess(p);
        assertThat(sig).isWaitingAt("UserTask_TriageProposal");

        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "ACCEPT", null);
        assertThat(status(p)).isEqualTo(SigStatus.VOTING);
        assertThat(sig).isWaitingAt("CallActivity_CommitteeVote");
        Vote vote = latestVote(p);
        assertThat(vote.electorate()).isEqualTo(7);
        assertThat(vote.quorum()).isEqualTo(5);
        assertThat(vote.recused()).isEmpty();

        voteAll(p, BallotChoice.APPROVE, "bob", "carol", "dave", "erin", "frank");
        passTime(p, Duration.ofHours(72));
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(status(p)).isEqualTo(SigStatus.PROVISIONING);
        assertThat(sig).isWaitingAt("UserTask_ProvisionSig");

        complete("olivia", p.getId(), TaskKind.SIG_PROVISIONING, "DONE", null);
        assertThat(sig).isEnded().hasPassed("ServiceTask_RegisterSig", "EndEvent_SigApproved");
        assertThat(status(p)).isEqualTo(SigStatus.APPROVED);
        assertThat(directory.find(name)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo("ACTIVE");
            assertThat(s.chairs()).containsExactly("quinn", "rita");
            assertThat(s.repositories()).containsExactly(name + "/runtime");
        });

        Mailbox.awaitCount(greenMail, name, "New SIG approved", 4);
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Proposal received", 1)).containsOnlyKeys("paul@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Triage requested", 1)).containsOnlyKeys("olivia@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote opened", 7)).hasSize(7).allSatisfy((who, n) -> assertThat(n).isOne());
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote result", 9)).hasSize(9)
                .containsKeys("paul@example.org", "community@lists.example.org", "grace@example.org");
        assertThat(Mailbox.recipients(greenMail, name, "New SIG approved"))
                .containsKeys("community@lists.example.org", "paul@example.org", "quinn@example.org", "rita@example.org");
    }

    @Test
    void decidedVoteStaysOpenUntilMinOpenHasPassed() {
        SigProposal p = acceptedForVote(uniqueName("minopen"));
        voteAll(p, BallotChoice.APPROVE, "alice", "bob", "carol", "dave", "erin", "frank");

        passTime(p, Duration.ofHours(24));
        assertThat(latestVote(p).isOpen()).isTrue();

        passTime(p, Duration.ofHours(48));
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(latestVote(p).closedAt()).isNotNull();
    }

    @Test
    void ballotThatMakesTheOutcomeInvariantClosesTheVoteAfterMinOpen() {
        SigProposal p = acceptedForVote(uniqueName("early"));
        passTime(p, Duration.ofHours(80));
        assertThat(latestVote(p).isOpen()).isTrue();

        voteAll(p, BallotChoice.APPROVE, "alice", "bob", "carol", "dave");
        assertThat(latestVote(p).isOpen()).as("four of seven: no quorum yet").isTrue();
        vote(p, "erin", BallotChoice.APPROVE);

        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(status(p)).isEqualTo(SigStatus.PROVISIONING);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.getId())
                .taskDefinitionKey("UserTask_CastBallot").count()).as("the remaining ballots are withdrawn").isZero();
        assertThatThrownBy(() -> vote(p, "frank", BallotChoice.APPROVE)).isInstanceOf(ConflictException.class);
    }

    @Test
    void tieIsRejected() {
        SigProposal p = acceptedForVote(uniqueName("tie"));
        voteAll(p, BallotChoice.APPROVE, "alice", "bob", "carol");
        voteAll(p, BallotChoice.REJECT, "dave", "erin", "frank");
        vote(p, "grace", BallotChoice.ABSTAIN);
        ProcessInstance sig = sigProcess(p);

        passTime(p, Duration.ofHours(72));

        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.REJECTED);
        assertThat(status(p)).isEqualTo(SigStatus.REJECTED);
        assertThat(sig).isEnded().hasPassed("EndEvent_SigRejected");
    }

    @Test
    void deadlineTalliesWithNonVotersAbsent() {
        SigProposal p = acceptedForVote(uniqueName("deadline"));
        voteAll(p, BallotChoice.APPROVE, "alice", "bob", "carol");
        voteAll(p, BallotChoice.REJECT, "dave", "erin");

        passTime(p, Duration.ofHours(72));
        assertThat(latestVote(p).isOpen()).as("two silent members could still tip it").isTrue();

        passTime(p, Duration.ofDays(4));
        Vote vote = latestVote(p);
        assertThat(vote.outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(vote.extended()).isFalse();
    }

    @Test
    void nonVotersAreRemindedAtHalfTheWindowAndADayBeforeClose() {
        String name = uniqueName("remind");
        SigProposal p = acceptedForVote(name);
        voteAll(p, BallotChoice.APPROVE, "alice", "bob");

        passTime(p, Duration.ofHours(84));
        Mailbox.awaitCount(greenMail, name, "Reminder: your ballot", 5);
        passTime(p, Duration.ofHours(60));
        Mailbox.awaitCount(greenMail, name, "Reminder: your ballot", 10);

        Map<String, Long> reminded = Mailbox.recipients(greenMail, name, "Reminder: your ballot");
        assertThat(reminded).containsOnlyKeys("carol@example.org", "dave@example.org", "erin@example.org",
                "frank@example.org", "grace@example.org").allSatisfy((who, n) -> assertThat(n).isEqualTo(2));
    }

    @Test
    void missingQuorumExtendsOnceThenTheChairRerunsTheVote() {
        String name = uniqueName("noquorum");
        SigProposal p = acceptedForVote(name);
        voteAll(p, BallotChoice.APPROVE, "alice", "bob", "carol", "dave");
        Vote first = latestVote(p);

        passTime(p, Duration.ofDays(7));
        Vote extended = latestVote(p);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.closesAt()).isEqualTo(first.originalClosesAt().plus(Duration.ofDays(7)));
        Mailbox.awaitCount(greenMail, name, "Vote extended", 4);
        assertThat(Mailbox.recipients(greenMail, name, "Vote extended"))
                .containsOnlyKeys("erin@example.org", "frank@example.org", "grace@example.org", "alice@example.org");

        passTime(p, Duration.ofDays(7));
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.NO_QUORUM);
        assertThat(status(p)).isEqualTo(SigStatus.NO_QUORUM);

        complete("alice", p.getId(), TaskKind.NO_QUORUM_DECISION, "RERUN", null);
        assertThat(status(p)).isEqualTo(SigStatus.VOTING);
        Vote rerun = latestVote(p);
        assertThat(rerun.round()).isEqualTo(2);
        assertThat(rerun.id()).isNotEqualTo(first.id());
        assertThat(votes.views(SigProposal.CASE_TYPE, p.getId(), "paul")).hasSize(2);
    }

    @Test
    void chairClosingAfterNoQuorumExpiresTheProposal() {
        SigProposal p = acceptedForVote(uniqueName("closed"));
        ProcessInstance sig = sigProcess(p);
        passTime(p, Duration.ofDays(7));
        passTime(p, Duration.ofDays(7));
        assertThat(status(p)).isEqualTo(SigStatus.NO_QUORUM);

        complete("alice", p.getId(), TaskKind.NO_QUORUM_DECISION, "CLOSE", null);

        assertThat(status(p)).isEqualTo(SigStatus.EXPIRED);
        assertThat(sig).isEnded().hasPassed("ServiceTask_ExpireAfterVote");
    }

    @Test
    void electorateBelowThreeEscalatesToTheChair() {
        SigProposal p = proposals.submit(form(uniqueName("small"), List.of("bob", "carol"), List.of("dave", "erin", "frank")),
                "alice");
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "ACCEPT", null);

        assertThat(votes.latest(SigProposal.CASE_TYPE, p.getId())).as("the vote does not open").isEmpty();
        assertThat(status(p)).isEqualTo(SigStatus.VOTING);
        complete("alice", p.getId(), TaskKind.VOTE_ESCALATION, "CLOSE", null);
        assertThat(status(p)).isEqualTo(SigStatus.EXPIRED);
    }

    @Test
    void changesRequestedThenRevisedReturnsToTriage() {
        String name = uniqueName("revise");
        SigProposal p = propose(name);
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "REQUEST_CHANGES", "Name the repositories");
        assertThat(status(p)).isEqualTo(SigStatus.CHANGES_REQUESTED);
        assertThat(sigProcess(p)).isWaitingAt("ReceiveTask_AwaitRevision");

        proposals.revise(p.getId(), form(name, List.of("quinn", "rita"), List.of("paul")), "paul");

        assertThat(status(p)).isEqualTo(SigStatus.TRIAGE);
        assertThat(sigProcess(p)).isWaitingAt("UserTask_TriageProposal");
        assertThat(proposals.find(p.getId()).orElseThrow().getDetails().techLeads()).containsExactly("paul");
        Mailbox.awaitCount(greenMail, name, "Changes requested", 1);
        Mailbox.awaitCount(greenMail, name, "Triage requested", 2);
    }

    @Test
    void silentProposerIsRemindedTwiceAndExpiresAfterThirtyDays() {
        String name = uniqueName("silent");
        SigProposal p = propose(name);
        ProcessInstance sig = sigProcess(p);
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "REQUEST_CHANGES", "Too broad");

        passTime(p, Duration.ofDays(14));
        passTime(p, Duration.ofDays(14));
        assertThat(status(p)).isEqualTo(SigStatus.CHANGES_REQUESTED);
        passTime(p, Duration.ofDays(2));

        assertThat(status(p)).isEqualTo(SigStatus.EXPIRED);
        assertThat(sig).isEnded().hasPassed("ServiceTask_RemindProposerFirst", "ServiceTask_RemindProposerSecond",
                "EndEvent_SigExpired");
        Mailbox.awaitCount(greenMail, name, "Reminder: changes requested", 2);
        Mailbox.awaitCount(greenMail, name, "Expired", 1);
    }

    @Test
    void rejectionInTriageTellsTheProposerWhy() {
        String name = uniqueName("offtopic");
        SigProposal p = propose(name);
        ProcessInstance sig = sigProcess(p);
        complete("olivia", p.getId(), TaskKind.SIG_TRIAGE, "REJECT", "Duplicate of sig-ai");

        assertThat(status(p)).isEqualTo(SigStatus.REJECTED);
        assertThat(sig).isEnded().hasPassed("EndEvent_RejectedInTriage");
        Mailbox.awaitCount(greenMail, name, "Rejected in triage", 1);
        assertThat(Mailbox.recipients(greenMail, name, "Rejected in triage")).containsOnlyKeys("paul@example.org");
    }

    @Test
    void withdrawalDuringTheVoteCancelsItAndTellsEveryoneInvolved() {
        String name = uniqueName("withdrawn");
        SigProposal p = acceptedForVote(name);
        ProcessInstance sig = sigProcess(p);
        vote(p, "alice", BallotChoice.APPROVE);

        withdraw(p, "paul", "Merged into another SIG");

        assertThat(status(p)).isEqualTo(SigStatus.WITHDRAWN);
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.CANCELLED);
        assertThat(sig).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(engine.instances(p.getId())).isEmpty();
        Mailbox.awaitCount(greenMail, name, "Withdrawn", 7);
        assertThat(Mailbox.recipients(greenMail, name, "Withdrawn")).containsOnlyKeys("paul@example.org",
                "bob@example.org", "carol@example.org", "dave@example.org", "erin@example.org", "frank@example.org",
                "grace@example.org");
        assertThatThrownBy(() -> withdraw(p, "paul", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void everyCommitteeMemberIsAskedOnce() {
        SigProposal p = acceptedForVote(uniqueName("ballots"));
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.getId())
                .taskDefinitionKey("UserTask_CastBallot").list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder(COMMITTEE);
    }
}
