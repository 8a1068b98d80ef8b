package org.openanolis.governance.partner;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.CaseRevision;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
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
public class PartnerApplications implements CaseIntake<PartnerApplication, PartnerApplicationForm>,
        CaseRevision<PartnerApplication, PartnerApplicationForm> {

    private final CaseKind<PartnerApplication> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail caseMail;
    private final PartnerApplicationRepository applications;
    private final PartnerApplicationValidator validator;
    private final PartnerDirectory directory;
    private final PartnerMail mail;
    private final GovernanceProperties properties;
    private final Clock clock;

    @Transactional
    @Override
    public PartnerApplication submit(PartnerApplicationForm form, String applicant) {
        checkValid(form, null);
        return lifecycle.open(kind, applicant, now -> new PartnerApplication(
                        CaseHeader.opened(applicant, ApplicationStatus.ELIGIBILITY, now), profileOf(form), null),
                null, NoticeType.PARTNER_APPLICATION_RECEIVED, Map.of());
    }

    @Transactional
    @Override
    public PartnerApplication revise(String id, PartnerApplicationForm form, String user) {
        return lifecycle.revise(kind, id, user, () -> checkValid(form, id), (a, at) -> a.revise(profileOf(form), at));
    }

    public Optional<PartnerApplication> find(String id) {
        return applications.find(id);
    }

    /** What the technical verification would say now: ACCEPT is refused unless it passes. */
    public Verification verification(String id) {
        return Verification.of(kind.find(id).getDetails().products(), properties.partner());
    }

    // ---- steps of partner-approval.bpmn, called by its delegates ----

    public void acceptEligibility(String id, TaskDecision decision) {
        lifecycle.step(kind, id, PartnerApplication::acceptEligibility, "ELIGIBILITY_ACCEPTED", decision);
    }

    public void acceptVerification(String id, TaskDecision decision) {
        lifecycle.step(kind, id, (a, at) -> a.acceptVerification(Verification.of(a.getDetails().products(),
                properties.partner()), at), "TECHNICALLY_VERIFIED", decision);
    }

    public void requestChanges(String id, TaskDecision decision) {
        PartnerApplication a = lifecycle.step(kind, id, PartnerApplication::requestChanges, "CHANGES_REQUESTED",
                decision);
        caseMail.toProposer(a, NoticeType.PARTNER_CHANGES_REQUESTED, decision.comment());
    }

    public void reject(String id, TaskDecision decision) {
        // The mail names the step by the status it was rejected in (message mail.code.step.<status>).
        ApplicationStatus step = kind.lock(id).getStatus() == ApplicationStatus.ELIGIBILITY
                ? ApplicationStatus.ELIGIBILITY : ApplicationStatus.TECHNICAL_VERIFICATION;
        PartnerApplication a = lifecycle.step(kind, id, PartnerApplication::reject, "REJECTED", decision);
        mail.rejected(a, step.name(), decision.comment());
    }

    public void verificationOverdue(String id) {
        lifecycle.remindChair(kind, id, a -> a.getStatus() == ApplicationStatus.TECHNICAL_VERIFICATION,
                "VERIFICATION_OVERDUE", NoticeType.PARTNER_VERIFICATION_OVERDUE);
    }

    public void remindToRevise(String id) {
        lifecycle.remindProposer(kind, id, a -> a.getStatus() == ApplicationStatus.CHANGES_REQUESTED,
                "REVISION_REMINDER", NoticeType.REVISION_REMINDER);
    }

    public void expire(String id) {
        lifecycle.expire(kind, id, PartnerApplication::expire);
    }

    /**
     * The committee approved (the application is LISTED since the vote closed): the company enters the directory
     * (or renews there) with a fresh certificate.
     */
    public void listPartner(String id) {
        PartnerApplication a = kind.lock(id);
        Partner partner = directory.list(a, clock.instant());
        a.listedAs(partner.getId());
        applications.update(a);
        lifecycle.record(kind, id, "LISTED", Timeline.SYSTEM,
                TimelineComment.of("certificate-valid-until", partner.getCertificateExpiresAt()));
    }

    /** The checked form as the application keeps it: the company and agreement version without edge spaces. */
    private static PartnerProfile profileOf(PartnerApplicationForm form) {
        return new PartnerProfile(form.company().strip(), form.registrationId(), form.country(), form.website(),
                PartnerType.valueOf(form.type()), form.contactName(), form.contactEmail(),
                form.agreementVersion().strip(), List.copyOf(form.productsOrEmpty()));
    }

    private void checkValid(PartnerApplicationForm form, String exceptId) {
        validator.check(form, exceptId).orRefuse(Languages.text("error.partner.application-open"));
    }
}
