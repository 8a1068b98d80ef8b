package org.openanolis.governance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.VoteOutcome;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** Process 2 of DOMAIN.md, one scenario per business path, every timer driven explicitly. */
@GovernanceTest
class ProjectOnboardingProcessTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Test
    void acceptedProjectIsListedAsSandboxAndAnnounced() {
        String name = uniqueName("kata");
        ProjectProposal p = propose(name);
        ProcessInstance process = onboardingProcess(p);
        assertThat(status(p)).as("an allowed license needs no legal review").isEqualTo(ProjectProposalStatus.SIG_ENDORSEMENT);
        assertThat(process).isWaitingAt("UserTask_EndorseProject");

        complete("rita", p.getId(), TaskKind.SIG_ENDORSEMENT, "ENDORSE", "A good fit");
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.DUE_DILIGENCE);
        assertThat(process).isWaitingAt("UserTask_TechnicalDueDiligence", "UserTask_LegalDueDiligence");
        complete("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT", null);
        assertThat(status(p)).as("the join waits for both reviews").isEqualTo(ProjectProposalStatus.DUE_DILIGENCE);
        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.VOTING);
        Vote vote = latestVote(p);
        assertThat(vote.recused()).as("Paul's own organization").containsExactlyInAnyOrder("alice", "frank");
        assertThat(vote.electorate()).isEqualTo(5);
        assertThat(vote.threshold().name()).isEqualTo("SIMPLE");
        voteAll(p, BallotChoice.APPROVE, "bob", "carol", "dave", "erin", "grace");
        passTime(p, Duration.ofHours(72));
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.APPROVED);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.AGREEMENT_PENDING);
        assertThat(process).isWaitingAt("UserTask_ConfirmAgreement");

        complete("paul", p.getId(), TaskKind.AGREEMENT_CONFIRMATION, "SIGNED", null);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ONBOARDING);
        assertThat(process).isWaitingAt("UserTask_TransferRepository", "UserTask_SetUpCi", "UserTask_ListOnWebsite");
        assertThat(inbox.openTasksOf("olivia")).filteredOn(t -> t.caseId().equals(p.getId()))
                .extracting(t -> t.title()).containsExactlyInAnyOrder("Checklist: transfer the repository of " + name,
                        "Checklist: set up CI for " + name, "Checklist: list on the website " + name);
        for (int item = 0; item < 3; item++) {
            complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        }

        assertThat(process).isEnded().hasPassed("ServiceTask_ListProject", "EndEvent_ProjectAccepted")
                .hasNotPassed("UserTask_ReviewLicense", "UserTask_DecideEndorsementForSig");
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ACCEPTED);
        assertThat(directory.find(name)).hasValueSatisfying(project -> {
            assertThat(project.status()).isEqualTo(ProjectStage.SANDBOX);
            assertThat(project.sponsorSig()).isEqualTo(sponsor());
            assertThat(project.maintainers()).containsExactly("sara", "tom");
        });

        assertThat(Mailbox.awaitRecipients(greenMail, name, "Project proposal received", 1)).containsOnlyKeys("paul@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "New task: Endorse", 2))
                .containsOnlyKeys("quinn@example.org", "rita@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote opened", 7)).hasSize(7);
        assertThat(Mailbox.awaitRecipients(greenMail, name, "New task: Confirm the contribution agreement", 1))
                .containsOnlyKeys("paul@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "New task: Checklist: set up CI for", 1))
                .containsOnlyKeys("olivia@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Accepted as a Sandbox project", 4)).containsOnlyKeys(
                "paul@example.org", "sara@example.org", "tom@example.org", "community@lists.example.org");
    }

    @Test
    void licenseOutsideTheListIsReviewedFirstAndThenGoesToTheSig() {
        ProjectProposal p = proposals.submit(form(uniqueName("sspl"), "SSPL-1.0", "Community Foundation",
                List.of("quinn", "rita")), "paul");
        ProcessInstance process = onboardingProcess(p);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.LEGAL_REVIEW);
        assertThat(process).isWaitingAt("UserTask_ReviewLicense");
        assertThat(hasTask("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT)).isFalse();

        complete("olivia", p.getId(), TaskKind.LEGAL_REVIEW, "ACCEPT", "Acceptable for a sandbox");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.SIG_ENDORSEMENT);
        assertThat(process).hasPassed("ServiceTask_AcceptLicense").isWaitingAt("UserTask_EndorseProject");
    }

    @Test
    void licenseRejectedInLegalReviewRejectsTheProposal() {
        String name = uniqueName("busl");
        ProjectProposal p = proposals.submit(form(name, "BUSL-1.1", "Community Foundation", List.of("quinn", "rita")), "paul");
        ProcessInstance process = onboardingProcess(p);

        complete("olivia", p.getId(), TaskKind.LEGAL_REVIEW, "REJECT", "Not an open-source license");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedInLegalReview");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Rejected", 1)).containsOnlyKeys("paul@example.org");
    }

    @Test
    void sigDecliningRejectsTheProposal() {
        String name = uniqueName("declined");
        ProjectProposal p = propose(name);
        ProcessInstance process = onboardingProcess(p);

        complete("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT, "DECLINE", "Out of the SIG's scope");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("ServiceTask_RejectAfterEndorsement", "EndEvent_EndorsementDeclined");
        assertThat(hasTask("rita", p.getId(), TaskKind.SIG_ENDORSEMENT)).isFalse();
        Mailbox.awaitCount(greenMail, name, "Rejected", 1);
    }

    @Test
    void silentSigIsEscalatedToTheCommitteeChairAfterFourteenDays() {
        ProjectProposal p = propose(uniqueName("silent-sig"));
        ProcessInstance process = onboardingProcess(p);

        passTime(p, Duration.ofDays(13));
        assertThat(process).isWaitingAt("UserTask_EndorseProject");
        passTime(p, Duration.ofDays(1));

        assertThat(process).hasPassed("ServiceTask_EscalateEndorsement").isWaitingAt("UserTask_DecideEndorsementForSig");
        assertThat(hasTask("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT)).as("the SIG's task is withdrawn").isFalse();
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.SIG_ENDORSEMENT);
        complete("alice", p.getId(), TaskKind.ENDORSEMENT_ESCALATION, "ENDORSE", "In the SIG's place");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.DUE_DILIGENCE);
        assertThat(process).isWaitingAt("UserTask_TechnicalDueDiligence", "UserTask_LegalDueDiligence");
    }

    @Test
    void chairDecliningInTheSigsPlaceRejects() {
        ProjectProposal p = propose(uniqueName("chair-declines"));
        passTime(p, Duration.ofDays(14));

        complete("alice", p.getId(), TaskKind.ENDORSEMENT_ESCALATION, "DECLINE", "No SIG will carry it");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
    }

    @Test
    void technicalRejectionEndsTheCaseAndWithdrawsTheLegalReview() {
        String name = uniqueName("tech-reject");
        ProjectProposal p = endorsed(name);
        ProcessInstance process = onboardingProcess(p);

        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "REJECT", "No CI, no tests");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedInTechnicalDiligence");
        assertThat(engine.instances(p.getId())).isEmpty();
        assertThat(hasTask("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE)).isFalse();
        Mailbox.awaitCount(greenMail, name, "Rejected", 1);
    }

    @Test
    void legalRejectionAfterTechnicalAcceptanceRejects() {
        ProjectProposal p = endorsed(uniqueName("legal-reject"));
        ProcessInstance process = onboardingProcess(p);
        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);

        complete("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "REJECT", "Third-party code without a license");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedInLegalDiligence");
        assertThat(engine.instances(p.getId())).isEmpty();
    }

    @Test
    void membersOfTheOriginOrganizationAreRecusedWhateverTheCase() {
        ProjectProposal p = inVote(form(uniqueName("globex"), "MIT", "globex", List.of("sara", "tom")), "sara");

        Vote vote = latestVote(p);
        assertThat(vote.recused()).containsExactly("bob");
        assertThat(vote.electorate()).isEqualTo(6);
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(p.getId())
                .taskDefinitionKey("UserTask_CastBallot").list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrder("alice", "carol", "dave", "erin", "frank", "grace");
    }

    @Test
    void theProposersOwnOrganizationIsRecusedWhateverOriginTheyType() {
        ProjectProposal p = inVote(form(uniqueName("acme-own"), "MIT", "Community Foundation", List.of("sara", "tom")),
                "paul");

        assertThat(latestVote(p).recused()).as("Paul works at Acme Cloud").containsExactlyInAnyOrder("alice", "frank");
    }

    @Test
    void maintainersOnTheCommitteeAndTheirOrganizationsAreRecused() {
        ProjectProposal onTheCommittee = inVote(form(uniqueName("maintained"), "MIT", "Community Foundation",
                List.of("bob", "carol")), "sara");
        ProjectProposal colleagues = inVote(form(uniqueName("colleagues"), "MIT", "Community Foundation",
                List.of("quinn", "tom")), "sara");

        assertThat(latestVote(onTheCommittee).recused()).containsExactlyInAnyOrder("bob", "carol");
        assertThat(latestVote(onTheCommittee).electorate()).isEqualTo(5);
        assertThat(latestVote(colleagues).recused()).as("Quinn works at Globex, with Bob").containsExactly("bob");
    }

    private ProjectProposal inVote(ProjectProposalForm form, String proposer) {
        ProjectProposal p = proposals.submit(form, proposer);
        complete("quinn", p.getId(), TaskKind.SIG_ENDORSEMENT, "ENDORSE", null);
        complete("olivia", p.getId(), TaskKind.TECHNICAL_DUE_DILIGENCE, "ACCEPT", null);
        complete("olivia", p.getId(), TaskKind.LEGAL_DUE_DILIGENCE, "ACCEPT", null);
        return p;
    }

    @Test
    void committeeRejectionRejects() {
        ProjectProposal p = inVote(uniqueName("voted-down"));
        ProcessInstance process = onboardingProcess(p);
        voteAll(p, BallotChoice.REJECT, "bob", "carol", "dave");
        vote(p, "erin", BallotChoice.APPROVE);

        passTime(p, Duration.ofHours(72));

        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.REJECTED);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedByCommittee");
    }

    @Test
    void chairClosingAfterNoQuorumExpiresTheProposal() {
        ProjectProposal p = inVote(uniqueName("no-quorum"));
        ProcessInstance process = onboardingProcess(p);
        passTime(p, Duration.ofDays(7));
        passTime(p, Duration.ofDays(7));
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.NO_QUORUM);

        complete("alice", p.getId(), TaskKind.NO_QUORUM_DECISION, "CLOSE", null);

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.EXPIRED);
        assertThat(process).isEnded().hasPassed("ServiceTask_ExpireAfterVote");
    }

    @Test
    void silentProposerIsRemindedOfTheAgreementTwiceAndExpiresAfterThirtyDays() {
        String name = uniqueName("unsigned");
        ProjectProposal p = approved(name);
        ProcessInstance process = onboardingProcess(p);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.AGREEMENT_PENDING);

        passTime(p, Duration.ofDays(14));
        Mailbox.awaitCount(greenMail, name, "Reminder: contribution agreement", 1);
        passTime(p, Duration.ofDays(14));
        Mailbox.awaitCount(greenMail, name, "Reminder: contribution agreement", 2);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.AGREEMENT_PENDING);
        passTime(p, Duration.ofDays(2));

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.EXPIRED);
        assertThat(process).isEnded().hasPassed("ServiceTask_RemindAgreementFirst", "ServiceTask_RemindAgreementSecond",
                "EndEvent_Expired");
        assertThat(Mailbox.recipients(greenMail, name, "Reminder: contribution agreement"))
                .containsOnlyKeys("paul@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Expired", 1)).containsOnlyKeys("paul@example.org");
    }

    @Test
    void overdueChecklistTellsTheChairAndOnboardingStillCompletes() {
        String name = uniqueName("slow-ops");
        ProjectProposal p = onboarding(name);
        ProcessInstance process = onboardingProcess(p);
        complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);

        passTime(p, Duration.ofDays(29));
        assertThat(process).hasNotPassed("ServiceTask_NotifyChecklistOverdue");
        passTime(p, Duration.ofDays(1));

        assertThat(process).hasPassed("ServiceTask_NotifyChecklistOverdue");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Onboarding checklist overdue", 1))
                .containsOnlyKeys("alice@example.org");
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ONBOARDING);
        complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        complete("olivia", p.getId(), TaskKind.ONBOARDING_CHECKLIST_ITEM, "DONE", null);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ACCEPTED);
        assertThat(process).isEnded();
    }

    @Test
    void withdrawalDuringTheVoteCancelsItAndTellsEveryoneInvolved() {
        String name = uniqueName("withdrawn");
        ProjectProposal p = inVote(name);
        ProcessInstance process = onboardingProcess(p);
        vote(p, "bob", BallotChoice.APPROVE);

        withdraw(p, "paul", "Joining another foundation");

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.WITHDRAWN);
        assertThat(latestVote(p).outcome()).isEqualTo(VoteOutcome.CANCELLED);
        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(engine.instances(p.getId())).isEmpty();
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Withdrawn", 5)).containsOnlyKeys("paul@example.org",
                "carol@example.org", "dave@example.org", "erin@example.org", "grace@example.org");
        assertThatThrownBy(() -> withdraw(p, "paul", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawalDuringEndorsementTellsTheSigChairs() {
        String name = uniqueName("withdrawn-early");
        ProjectProposal p = propose(name);

        withdraw(p, "paul", null);

        assertThat(status(p)).isEqualTo(ProjectProposalStatus.WITHDRAWN);
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Withdrawn", 3))
                .containsOnlyKeys("paul@example.org", "quinn@example.org", "rita@example.org");
    }

    @Test
    void invalidProposalIsRefusedWithEveryFieldAtOnceAndStartsNothing() {
        ProjectProposalForm bad = new ProjectProposalForm("Bad_Name", "two\nlines", "too short",
                "http://git.example.org/x", "not a url", "Apache 2.0", "sig-nowhere", List.of("nobody"),
                "not-an-address", "ftp://example.org/coc", "No Such Org");

        assertThatThrownBy(() -> proposals.submit(bad, "paul")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("name", "summary", "description",
                        "repositoryUrl", "website", "license", "sponsorSig", "maintainers", "maintainers[0]",
                        "securityContact", "codeOfConductUrl", "originOrganization"));
        assertThat(proposals.proposedBy("paul")).noneMatch(p -> p.caseName().equals("Bad_Name"));
    }

    @Test
    void maintainersFromOneOrganizationAreRefused() {
        ProjectProposalForm oneOrg = form(uniqueName("globex"), "MIT", "Globex", List.of("quinn", "bob"));

        assertThatThrownBy(() -> proposals.submit(oneOrg, "paul")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("maintainers", "must come from at least 2 organizations")));
    }

    @Test
    void sponsorThatIsNoActiveSigIsRefused() {
        ProjectProposalForm f = form(uniqueName("orphan"), "MIT", "Globex", List.of("quinn", "rita"));
        ProjectProposalForm inactive = new ProjectProposalForm(f.name(), f.summary(), f.description(), f.repositoryUrl(),
                f.website(), f.license(), "sig-never-created", f.maintainers(), f.securityContact(),
                f.codeOfConductUrl(), f.originOrganization());

        assertThatThrownBy(() -> proposals.submit(inactive, "paul")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("sponsorSig"));
    }

    @Test
    void nameOfAnOpenProposalIsTakenWhateverTheCase() {
        String name = uniqueName("taken");
        propose(name);

        assertThatThrownBy(() -> propose(name)).isInstanceOf(ConflictException.class);
    }
}
