package org.openanolis.governance.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.partner.process.PartnerApprovalProcess;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.OpenCaseLimit;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.task.CaseTasks;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Partner approval (DOMAIN.md, Process 3): what applicants do over the API, and what partner-approval.bpmn asks
 * of the domain at each step. Every change locks the application's row, records the timeline and writes its
 * mails in one transaction.
 */
@Service
@RequiredArgsConstructor
public class PartnerApplications {

    private final PartnerApplicationRepository applications;
    private final PartnerApplicationValidator validator;
    private final PartnerDirectory directory;
    private final PartnerMail mail;
    private final Timeline timeline;
    private final CaseTasks caseTasks;
    private final Votes votes;
    private final RuntimeService runtimeService;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final OpenCaseLimit openCases;

    @Transactional
    public PartnerApplication submit(PartnerApplicationForm form, String applicant) {
        checkValid(form, null);
        openCases.admit(applicant);
        Instant now = clock.instant();
        PartnerApplication a = new PartnerApplication(UUID.randomUUID().toString(), form.company().strip(),
                form.registrationId(), form.country(), form.website(), PartnerType.valueOf(form.type()),
                form.contactName(), form.contactEmail(), form.agreementVersion().strip(),
                List.copyOf(form.productsOrEmpty()), applicant, ApplicationStatus.ELIGIBILITY, now, now, null, null);
        applications.insert(a);
        timeline.record(PartnerApplication.CASE_TYPE, a.getId(), "SUBMITTED", applicant, null);
        mail.toApplicant(a, NoticeType.PARTNER_APPLICATION_RECEIVED, null);
        String pid = runtimeService.startProcessInstanceByKey(PartnerApprovalProcess.KEY, a.getId(), Map.of(
                PartnerApprovalProcess.CASE_TYPE, PartnerApplication.CASE_TYPE,
                PartnerApprovalProcess.CASE_ID, a.getId(),
                PartnerApprovalProcess.CASE_NAME, a.getCompany())).getId();
        a.attachProcess(pid);
        applications.update(a);
        return a;
    }

    @Transactional
    public PartnerApplication revise(String id, PartnerApplicationForm form, String user) {
        PartnerApplication a = lock(id);
        if (!a.getApplicant().equals(user)) {
            throw new ForbiddenException("Only the applicant may revise an application");
        }
        if (a.getStatus() != ApplicationStatus.CHANGES_REQUESTED) {
            throw new ConflictException("A " + a.getStatus() + " application cannot be revised");
        }
        checkValid(form, id);
        a.revise(form, clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "REVISED", user, null);
        runtimeService.setVariable(a.getProcessInstanceId(), PartnerApprovalProcess.CASE_NAME, a.getCompany());
        runtimeService.createMessageCorrelation(PartnerApprovalProcess.MESSAGE_REVISED)
                .processInstanceId(a.getProcessInstanceId()).correlateWithResult();
        return a;
    }

    @Transactional
    public PartnerApplication withdraw(String id, String user, String reason) {
        votes.lockOpenVote(PartnerApplication.CASE_TYPE, id);
        PartnerApplication a = lock(id);
        if (!a.getApplicant().equals(user)) {
            throw new ForbiddenException("Only the applicant may withdraw an application");
        }
        String cleanReason = TextRules.optionalText("reason", reason, 4000);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        a.withdraw(clock.instant());
        applications.update(a);
        votes.cancelOpenVote(PartnerApplication.CASE_TYPE, id);
        timeline.record(PartnerApplication.CASE_TYPE, id, "WITHDRAWN", user, cleanReason);
        mail.toTaskHoldersAndApplicant(a, NoticeType.WITHDRAWN, holders, cleanReason);
        runtimeService.createMessageCorrelation(PartnerApprovalProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(a.getProcessInstanceId()).correlateWithResult();
        return a;
    }

    public Optional<PartnerApplication> find(String id) {
        return applications.find(id);
    }

    /** One page of the applications (all, or those in one status), the newest first. */
    public Page<PartnerApplication> list(ApplicationStatus status, PageRequest page) {
        return applications.list(status, page);
    }

    /** Every application this person made, the newest first. */
    public List<PartnerApplication> appliedBy(String applicant) {
        return applications.appliedBy(applicant);
    }

    /** What the technical verification would say now: ACCEPT is refused unless it passes. */
    public Verification verification(String id) {
        PartnerApplication a = applications.find(id).orElseThrow(() -> new NotFoundException("No partner application " + id));
        return Verification.of(a.getProducts(), properties.partner());
    }

    // ---- steps of partner-approval.bpmn, called by its delegates ----

    public void acceptEligibility(String id, String actor, String comment) {
        PartnerApplication a = lock(id);
        a.acceptEligibility(clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "ELIGIBILITY_ACCEPTED", actor, comment);
    }

    public void acceptVerification(String id, String actor, String comment) {
        PartnerApplication a = lock(id);
        a.acceptVerification(Verification.of(a.getProducts(), properties.partner()), clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "TECHNICALLY_VERIFIED", actor, comment);
    }

    public void requestChanges(String id, String actor, String comment) {
        PartnerApplication a = lock(id);
        a.requestChanges(clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "CHANGES_REQUESTED", actor, comment);
        mail.toApplicant(a, NoticeType.PARTNER_CHANGES_REQUESTED, comment);
    }

    public void reject(String id, String actor, String comment) {
        PartnerApplication a = lock(id);
        String step = a.getStatus() == ApplicationStatus.ELIGIBILITY ? "eligibility" : "technical verification";
        a.reject(clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "REJECTED", actor, comment);
        mail.rejected(a, "in the " + step, comment);
    }

    public void verificationOverdue(String id) {
        PartnerApplication a = lock(id);
        if (a.getStatus() == ApplicationStatus.TECHNICAL_VERIFICATION) {
            timeline.record(PartnerApplication.CASE_TYPE, id, "VERIFICATION_OVERDUE", Timeline.SYSTEM, null);
            mail.verificationOverdue(a);
        }
    }

    public void remindToRevise(String id) {
        PartnerApplication a = lock(id);
        if (a.getStatus() == ApplicationStatus.CHANGES_REQUESTED) {
            timeline.record(PartnerApplication.CASE_TYPE, id, "REVISION_REMINDER", Timeline.SYSTEM, null);
            mail.toApplicant(a, NoticeType.REVISION_REMINDER, null);
        }
    }

    public void expire(String id) {
        PartnerApplication a = lock(id);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        a.expire(clock.instant());
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "EXPIRED", Timeline.SYSTEM, null);
        mail.toTaskHoldersAndApplicant(a, NoticeType.EXPIRED, holders, null);
    }

    /** The committee approved: the company enters the directory (or renews there) with a fresh certificate. */
    public void listPartner(String id) {
        PartnerApplication a = lock(id);
        Instant now = clock.instant();
        Partner partner = directory.list(a, now);
        a.listed(partner.getId(), now);
        applications.update(a);
        timeline.record(PartnerApplication.CASE_TYPE, id, "LISTED", Timeline.SYSTEM,
                "Certificate valid until " + partner.getCertificateExpiresAt());
    }

    // ---- what the committee vote tells this module ----

    void voteOpened(String id) {
        PartnerApplication a = lock(id);
        a.voteOpened(clock.instant());
        applications.update(a);
    }

    void voteRejected(String id) {
        PartnerApplication a = lock(id);
        a.reject(clock.instant());
        applications.update(a);
        mail.rejected(a, "by the committee vote", null);
    }

    void noQuorum(String id) {
        PartnerApplication a = lock(id);
        a.noQuorum(clock.instant());
        applications.update(a);
    }

    private PartnerApplication lock(String id) {
        return applications.lock(id).orElseThrow(() -> new NotFoundException("No partner application " + id));
    }

    private void checkValid(PartnerApplicationForm form, String exceptId) {
        PartnerApplicationValidator.Verdict verdict = validator.check(form, exceptId);
        if (!verdict.invalid().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(verdict.invalid());
            all.addAll(verdict.clashes());
            throw new InvalidInputException(all);
        }
        if (!verdict.clashes().isEmpty()) {
            throw new ConflictException("The company already has an open partner application", verdict.clashes());
        }
    }
}
