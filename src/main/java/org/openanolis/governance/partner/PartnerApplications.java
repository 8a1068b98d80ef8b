package org.openanolis.governance.partner;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.timeline.Timeline;
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
    public PartnerApplication submit(PartnerApplicationForm form, String applicant) {
        checkValid(form, null);
        return lifecycle.open(kind, applicant, now -> new PartnerApplication(UUID.randomUUID().toString(),
                form.company().strip(), form.registrationId(), form.country(), form.website(),
                PartnerType.valueOf(form.type()), form.contactName(), form.contactEmail(),
                form.agreementVersion().strip(), List.copyOf(form.productsOrEmpty()), applicant,
                ApplicationStatus.ELIGIBILITY, now, now, null, null),
                null, NoticeType.PARTNER_APPLICATION_RECEIVED, Map.of());
    }

    @Transactional
    public PartnerApplication revise(String id, PartnerApplicationForm form, String user) {
        return lifecycle.revise(kind, id, user, () -> checkValid(form, id), (a, at) -> a.revise(form, at));
    }

    public Optional<PartnerApplication> find(String id) {
        return applications.find(id);
    }

    /** One page of the applications (all, or those in one status), the newest first. */
    public Page<PartnerApplication> list(ApplicationStatus status, PageRequest page) {
        return applications.list(status, page);
    }


    /** What the technical verification would say now: ACCEPT is refused unless it passes. */
    public Verification verification(String id) {
        return Verification.of(kind.find(id).getProducts(), properties.partner());
    }

    // ---- steps of partner-approval.bpmn, called by its delegates ----

    public void acceptEligibility(String id, String actor, String comment) {
        lifecycle.step(kind, id, PartnerApplication::acceptEligibility, "ELIGIBILITY_ACCEPTED", actor, comment);
    }

    public void acceptVerification(String id, String actor, String comment) {
        lifecycle.step(kind, id, (a, at) -> a.acceptVerification(Verification.of(a.getProducts(),
                properties.partner()), at), "TECHNICALLY_VERIFIED", actor, comment);
    }

    public void requestChanges(String id, String actor, String comment) {
        PartnerApplication a = lifecycle.step(kind, id, PartnerApplication::requestChanges, "CHANGES_REQUESTED",
                actor, comment);
        caseMail.toProposer(a, NoticeType.PARTNER_CHANGES_REQUESTED, comment);
    }

    public void reject(String id, String actor, String comment) {
        String step = kind.lock(id).getStatus() == ApplicationStatus.ELIGIBILITY ? "eligibility"
                : "technical verification";
        PartnerApplication a = lifecycle.step(kind, id, PartnerApplication::reject, "REJECTED", actor, comment);
        mail.rejected(a, "in the " + step, comment);
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
                "Certificate valid until " + partner.getCertificateExpiresAt());
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
