package org.openanolis.governance.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.CaseScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.vote.Vote;
import org.openanolis.governance.vote.VoteOutcome;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** Process 3 of DOMAIN.md, one scenario per business path, every timer driven explicitly. */
@GovernanceTest
class PartnerApprovalProcessTests extends CaseScenario<PartnerApplication, ApplicationStatus> {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    PartnerApplications applications;
    @Autowired
    PartnerDirectory directory;

    @Test
    void approvedApplicationIsListedWithACertificate() {
        String company = unique("Listed");
        PartnerApplication a = apply(company, "quinn", product("anolis-23.2", 120, 0, 0));
        ProcessInstance process = approvalProcess(a);
        assertThat(process).isWaitingAt("UserTask_CheckPartnerEligibility");

        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        assertThat(status(a)).isEqualTo(ApplicationStatus.TECHNICAL_VERIFICATION);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);
        assertThat(status(a)).isEqualTo(ApplicationStatus.VOTING);
        Vote vote = votes.latest(PartnerApplication.CASE_TYPE, a.getId()).orElseThrow();
        assertThat(vote.recused()).containsExactly("bob");

        approveByCommittee(a, "alice", "carol", "dave", "erin", "frank");
        assertThat(process).isEnded().hasPassedInOrder("ServiceTask_AcceptVerification", "CallActivity_CommitteeVote",
                "ServiceTask_ListPartner", "EndEvent_PartnerListed");
        PartnerApplication listed = applications.find(a.getId()).orElseThrow();
        assertThat(listed.getStatus()).isEqualTo(ApplicationStatus.LISTED);
        Partner partner = directory.find(listed.getPartnerId()).orElseThrow();
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.LISTED);
        assertThat(partner.getCertificateExpiresAt()).isEqualTo(partner.getListedAt().plus(Duration.ofDays(365)));
        assertThat(listed(null)).extracting(Partner::getId).contains(partner.getId());

        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner application received", 1))
                .containsOnlyKeys("quinn@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner listed", 2))
                .containsOnlyKeys("contact@" + slug(company) + ".example", "quinn@example.org");
    }

    @Test
    void certificateRemindsTheContactAtSixtyThirtyAndSevenDaysThenExpires() {
        String company = unique("Expiring");
        Partner partner = listed(company, "quinn");
        String contact = "contact@" + slug(company) + ".example";
        ProcessInstance certificate = certificateProcess(partner);
        assertThat(certificate).isWaitingAt("ReceiveTask_CertificateInForce");

        engine.passTime(partner.getId(), Duration.ofDays(305));
        Mailbox.awaitCount(greenMail, company, "Partner certificate expires soon", 1);
        engine.passTime(partner.getId(), Duration.ofDays(30));
        Mailbox.awaitCount(greenMail, company, "Partner certificate expires soon", 2);
        engine.passTime(partner.getId(), Duration.ofDays(23));
        Mailbox.awaitCount(greenMail, company, "Partner certificate expires soon", 3);
        assertThat(Mailbox.recipients(greenMail, company, "Partner certificate expires soon"))
                .containsOnly(org.assertj.core.api.Assertions.entry(contact, 3L));
        assertThat(directory.find(partner.getId()).orElseThrow().getStatus()).isEqualTo(PartnerStatus.LISTED);

        engine.passTime(partner.getId(), Duration.ofDays(7));
        assertThat(certificate).isEnded().hasPassed("ServiceTask_ExpireCertificate", "EndEvent_CertificateExpired");
        assertThat(directory.find(partner.getId()).orElseThrow().getStatus()).isEqualTo(PartnerStatus.CERTIFICATE_EXPIRED);
        assertThat(listed(null)).extracting(Partner::getId).doesNotContain(partner.getId());
        assertThat(listed(PartnerStatus.CERTIFICATE_EXPIRED)).extracting(Partner::getId).contains(partner.getId());
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner certificate expired", 2))
                .containsOnlyKeys(contact, "quinn@example.org");
    }

    @Test
    void renewalUnderTheSameCompanyRestartsTheCertificate() {
        String company = unique("Renewing");
        Partner first = listed(company, "quinn");
        ProcessInstance oldCertificate = certificateProcess(first);
        engine.passTime(first.getId(), Duration.ofDays(300));

        Partner renewed = listed(company.toUpperCase(), "quinn");
        assertThat(renewed.getId()).isEqualTo(first.getId());
        assertThat(renewed.getCertificateExpiresAt()).isAfter(first.getCertificateExpiresAt());
        assertThat(oldCertificate).isEnded().hasPassed("EndEvent_CertificateEnded");
        assertThat(certificateProcess(renewed)).isWaitingAt("ReceiveTask_CertificateInForce");
        assertThat(listed(null)).filteredOn(p -> p.getId().equals(first.getId())).hasSize(1);
    }

    @Test
    void technicalVerificationRefusesAcceptForFailingPendingOrUnsupportedReports() {
        PartnerApplication a = apply(unique("Failing"), "quinn", product("anolis-23.2", 100, 2, 0),
                product("anolis-23.2", 100, 0, 3), product("centos-7", 100, 0, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);

        assertThatThrownBy(() -> complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("products[0].testReport.failed",
                                "products[1].testReport.pending", "products[2].baseRelease"));
        assertThat(status(a)).isEqualTo(ApplicationStatus.TECHNICAL_VERIFICATION);
        assertThat(approvalProcess(a)).isWaitingAt("UserTask_VerifyPartnerCompatibility");
    }

    @Test
    void changesRequestedInVerificationAreRevisedAndReturnToEligibility() {
        String company = unique("Revising");
        PartnerApplication a = apply(company, "quinn", product("anolis-23.2", 100, 1, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "REQUEST_CHANGES", "Fix the failing test");
        assertThat(status(a)).isEqualTo(ApplicationStatus.CHANGES_REQUESTED);
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Changes requested", 1)).containsOnlyKeys("quinn@example.org");

        applications.revise(a.getId(), form(company, product("anolis-23.2", 101, 0, 0)), "quinn");
        assertThat(status(a)).isEqualTo(ApplicationStatus.ELIGIBILITY);
        assertThat(approvalProcess(a)).isWaitingAt("UserTask_CheckPartnerEligibility");
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);
        assertThat(status(a)).isEqualTo(ApplicationStatus.VOTING);
    }

    @Test
    void slowVerificationNotifiesTheChairAndStaysOpen() {
        String company = unique("Slow");
        PartnerApplication a = apply(company, "quinn", product("anolis-8.10", 10, 0, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);

        engine.passTime(a.getId(), Duration.ofDays(3));
        assertThat(approvalProcess(a)).isWaitingAt("UserTask_VerifyPartnerCompatibility")
                .hasPassed("ServiceTask_NotifyChairOfOverdueVerification");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Technical verification overdue", 1))
                .containsOnlyKeys("alice@example.org");
    }

    @Test
    void silentApplicantIsRemindedTwiceAndExpiresAfterThirtyDays() {
        String company = unique("Silent");
        PartnerApplication a = apply(company, "quinn", product("anolis-23.2", 10, 0, 0));
        ProcessInstance process = approvalProcess(a);
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "REQUEST_CHANGES", "Sign the membership form");

        engine.passTime(a.getId(), Duration.ofDays(14));
        Mailbox.awaitCount(greenMail, company, "Reminder: changes requested", 1);
        engine.passTime(a.getId(), Duration.ofDays(14));
        Mailbox.awaitCount(greenMail, company, "Reminder: changes requested", 2);
        assertThat(status(a)).isEqualTo(ApplicationStatus.CHANGES_REQUESTED);

        engine.passTime(a.getId(), Duration.ofDays(2));
        assertThat(status(a)).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(process).isEnded().hasPassed("EndEvent_Expired");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Expired", 1)).containsOnlyKeys("quinn@example.org");
    }

    @Test
    void rejectionAtEligibilityTellsTheContactAndTheApplicant() {
        String company = unique("Ineligible");
        PartnerApplication a = apply(company, "quinn", product("anolis-23.2", 10, 0, 0));
        ProcessInstance process = approvalProcess(a);
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "REJECT", "Not a member");
        assertThat(status(a)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedAtEligibility");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner application rejected", 2))
                .containsOnlyKeys("contact@" + slug(company) + ".example", "quinn@example.org");
    }

    @Test
    void membersOfTheApplyingCompanyAreRecused() {
        PartnerApplication a = apply("Acme Cloud", "paul", product("anolis-23.2", 10, 0, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);

        Vote vote = votes.latest(PartnerApplication.CASE_TYPE, a.getId()).orElseThrow();
        assertThat(vote.electorate()).isEqualTo(5);
        assertThat(vote.recused()).containsExactlyInAnyOrder("alice", "frank");
        assertThat(processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(a.getId())
                .taskDefinitionKey("UserTask_CastBallot").list())
                .extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("bob", "carol", "dave", "erin", "grace");
        assertThatThrownBy(() -> ballots.cast(PartnerApplication.CASE_TYPE, a.getId(), "alice", BallotChoice.APPROVE, null))
                .isInstanceOf(RuntimeException.class);

        withdraw(a, "paul", "Testing recusal only");
        assertThat(status(a)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(votes.latest(PartnerApplication.CASE_TYPE, a.getId()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void revocationBySuperVoteRevokesThePartner() {
        String company = unique("Revoked");
        Partner partner = listed(company, "rita");
        ProcessInstance certificate = certificateProcess(partner);
        assertThatThrownBy(() -> directory.requestRevocation(partner.getId(), "paul", "Misleading claims"))
                .isInstanceOf(org.openanolis.governance.system.ForbiddenException.class);

        directory.requestRevocation(partner.getId(), "olivia", "Misleading compatibility claims");
        Vote vote = votes.latest(Partner.CASE_TYPE, partner.getId()).orElseThrow();
        assertThat(vote.threshold().name()).isEqualTo("SUPER");
        assertThat(vote.recused()).containsExactly("carol");
        assertThatThrownBy(() -> directory.requestRevocation(partner.getId(), "alice", "Again"))
                .isInstanceOf(ConflictException.class);

        for (String m : List.of("alice", "bob", "dave", "erin", "frank", "grace")) {
            ballots.cast(Partner.CASE_TYPE, partner.getId(), m, BallotChoice.APPROVE, null);
        }
        engine.passTime(partner.getId(), Duration.ofHours(72));
        Partner revoked = directory.find(partner.getId()).orElseThrow();
        assertThat(revoked.getStatus()).isEqualTo(PartnerStatus.REVOKED);
        assertThat(revoked.getRevocationStatus()).isEqualTo(RevocationStatus.APPROVED);
        assertThat(listed(null)).extracting(Partner::getId).doesNotContain(partner.getId());
        assertThat(certificate).isEnded().hasPassed("EndEvent_CertificateEnded");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner revoked", 2))
                .containsOnlyKeys("contact@" + slug(company) + ".example", "rita@example.org");
        assertThatThrownBy(() -> directory.requestRevocation(partner.getId(), "olivia", "Once more"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void rejectionByTheCommitteeTellsTheContactAndTheApplicant() {
        String company = unique("Refused");
        PartnerApplication a = inVote(company, "quinn");
        ProcessInstance process = approvalProcess(a);
        ballots.cast(PartnerApplication.CASE_TYPE, a.getId(), "alice", BallotChoice.APPROVE, null);
        for (String m : List.of("carol", "dave", "erin", "frank")) {
            ballots.cast(PartnerApplication.CASE_TYPE, a.getId(), m, BallotChoice.REJECT, "Not yet mature");
        }
        engine.passTime(a.getId(), Duration.ofHours(72));

        assertThat(status(a)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("EndEvent_RejectedByCommittee");
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner application rejected", 2))
                .containsOnlyKeys("contact@" + slug(company) + ".example", "quinn@example.org");
    }

    @Test
    void rejectionInTechnicalVerificationEndsTheApplication() {
        String company = unique("Incompatible");
        PartnerApplication a = apply(company, "quinn", product("anolis-7.9", 10, 0, 0));
        ProcessInstance process = approvalProcess(a);
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "REJECT", "Anolis 7 is out of support");

        assertThat(status(a)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(process).isEnded().hasPassed("ServiceTask_RejectAtVerification", "EndEvent_RejectedAtVerification");
        Mailbox.awaitCount(greenMail, company, "Partner application rejected", 2);
    }

    @Test
    void withdrawalDuringTheVoteCancelsItAndTellsEveryoneInvolved() {
        String company = unique("Retreating");
        PartnerApplication a = inVote(company, "quinn");
        ProcessInstance process = approvalProcess(a);
        ballots.cast(PartnerApplication.CASE_TYPE, a.getId(), "alice", BallotChoice.APPROVE, null);

        withdraw(a, "quinn", "We will apply next year");

        assertThat(status(a)).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(votes.latest(PartnerApplication.CASE_TYPE, a.getId()).orElseThrow().outcome())
                .isEqualTo(org.openanolis.governance.vote.VoteOutcome.CANCELLED);
        assertThat(process).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(engine.instances(a.getId())).isEmpty();
        Mailbox.awaitCount(greenMail, company, "Withdrawn", 6);
        assertThat(Mailbox.recipients(greenMail, company, "Withdrawn")).containsOnlyKeys("quinn@example.org",
                "carol@example.org", "dave@example.org", "erin@example.org", "frank@example.org", "grace@example.org");
        assertThatThrownBy(() -> withdraw(a, "quinn", null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void chairClosingAfterNoQuorumExpiresTheApplication() {
        PartnerApplication a = inVote(unique("Unanswered"), "quinn");
        ProcessInstance process = approvalProcess(a);
        engine.passTime(a.getId(), Duration.ofDays(7));
        engine.passTime(a.getId(), Duration.ofDays(7));
        assertThat(status(a)).isEqualTo(ApplicationStatus.NO_QUORUM);

        var task = inbox.openTasksOf("alice").stream()
                .filter(t -> a.getId().equals(t.caseId()) && t.kind() == TaskKind.NO_QUORUM_DECISION).findFirst().orElseThrow();
        inbox.complete(task.id(), "alice", "CLOSE", null);

        assertThat(status(a)).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(process).isEnded().hasPassed("ServiceTask_ExpireAfterVote");
    }

    @Test
    void rejectedRevocationKeepsThePartnerListed() {
        Partner partner = listed(unique("Kept"), "rita");
        Partner requested = directory.requestRevocation(partner.getId(), "olivia", "Late security fixes");
        ProcessInstance revocation = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(requested.getRevocationProcessId()).singleResult();
        for (String m : List.of("alice", "bob", "dave")) {
            ballots.cast(Partner.CASE_TYPE, partner.getId(), m, BallotChoice.REJECT, "Fixed since");
        }
        for (String m : List.of("erin", "frank")) {
            ballots.cast(Partner.CASE_TYPE, partner.getId(), m, BallotChoice.APPROVE, null);
        }
        engine.passTime(partner.getId(), Duration.ofHours(72));

        Partner kept = directory.find(partner.getId()).orElseThrow();
        assertThat(kept.getStatus()).isEqualTo(PartnerStatus.LISTED);
        assertThat(kept.getRevocationStatus()).isEqualTo(RevocationStatus.REJECTED);
        assertThat(revocation).isEnded().hasPassed("EndEvent_RevocationRejected");
        assertThat(certificateProcess(kept)).isWaitingAt("ReceiveTask_CertificateInForce");
    }

    // ---- the steps as people take them ----

    private static String unique(String stem) {
        return stem + " Systems " + NAMES.incrementAndGet();
    }

    private static String slug(String company) {
        return company.toLowerCase().replace(' ', '-');
    }

    static Product product(String baseRelease, int passed, int failed, int pending) {
        return new Product("Server X", "2." + NAMES.incrementAndGet(), "x86_64", baseRelease,
                new Product.TestReport(passed, failed, pending));
    }

    private static PartnerApplicationForm form(String company, Product... products) {
        return new PartnerApplicationForm(company, "REG-1", "CN", "https://" + slug(company) + ".example", "IHV",
                "Contact Person", "contact@" + slug(company) + ".example", "1.0", List.of(products));
    }

    private PartnerApplication apply(String company, String applicant, Product... products) {
        return applications.submit(form(company, products), applicant);
    }

    private PartnerApplication inVote(String company, String applicant) {
        PartnerApplication a = apply(company, applicant, product("anolis-23.2", 10, 0, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);
        return a;
    }

    private Partner listed(String company, String applicant) {
        PartnerApplication a = apply(company, applicant, product("anolis-23.2", 10, 0, 0));
        complete("olivia", a, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", a, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);
        Vote vote = votes.latest(PartnerApplication.CASE_TYPE, a.getId()).orElseThrow();
        approveByCommittee(a, vote.eligible().toArray(String[]::new));
        return directory.find(applications.find(a.getId()).orElseThrow().getPartnerId()).orElseThrow();
    }

    private void approveByCommittee(PartnerApplication a, String... members) {
        for (String m : members) {
            ballots.cast(PartnerApplication.CASE_TYPE, a.getId(), m, BallotChoice.APPROVE, null);
        }
        engine.passTime(a.getId(), Duration.ofHours(72));
    }

    private ProcessInstance approvalProcess(PartnerApplication a) {
        return process(a, "partnerApproval");
    }

    private ProcessInstance certificateProcess(Partner p) {
        return processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(directory.find(p.getId()).orElseThrow().getCertificateProcessId()).singleResult();
    }

    /** The directory's largest first page: the few partners these tests list fit in it. */
    private List<Partner> listed(PartnerStatus status) {
        return directory.list(status, PageRequest.LARGEST_FIRST).items();
    }
}
