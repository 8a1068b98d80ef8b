package org.openanolis.governance.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.partner.process.PartnerCertificateProcess;
import org.openanolis.governance.partner.process.PartnerRevocationProcess;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The partner directory: listing and renewal, the certificate's reminders and expiry (partner-certificate.bpmn,
 * one instance per listing, business key the partner id), and revocation by a SUPER vote
 * (partner-revocation.bpmn, business key the partner id as well).
 */
@Service
@RequiredArgsConstructor
public class PartnerDirectory {

    private final PartnerRepository partners;
    private final PartnerMail mail;
    private final Timeline timeline;
    private final People people;
    private final RuntimeService runtimeService;
    private final GovernanceProperties properties;
    private final Clock clock;

    /** One page of the partners in this status (LISTED unless another is asked for), by company name. */
    public Page<Partner> list(PartnerStatus status, PageRequest page) {
        return partners.list(status == null ? PartnerStatus.LISTED : status, page);
    }

    public Optional<Partner> find(String id) {
        return partners.find(id);
    }

    /** Whether this person may open a revocation of the partner now (the portal offers it only then). */
    public boolean mayRequestRevocation(Partner p, String user) {
        return p.isRevocable() && mayOpenRevocations(user);
    }

    /** The committee chair and community operations open revocations. */
    public boolean mayOpenRevocations(String user) {
        return people.isMember(user, Groups.COMMITTEE_CHAIR) || people.isMember(user, Groups.COMMUNITY_OPS);
    }

    /**
     * Opens a revocation: the committee chair or community operations, of a LISTED partner with no revocation
     * under vote, with a reason. Starts partner-revocation.bpmn, which calls the committee vote with SUPER.
     */
    @Transactional
    public Partner requestRevocation(String id, String user, String reason) {
        if (!mayOpenRevocations(user)) {
            throw new ForbiddenException(Languages.text("error.partner.revocation-who"));
        }
        Partner p = lock(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!TextRules.multiLine("reason", reason, 4000, true, problems)) {
            throw new InvalidInputException(problems);
        }
        p.requestRevocation(reason.strip(), user, clock.instant());
        partners.update(p);
        timeline.record(Partner.CASE_TYPE, id, "REVOCATION_REQUESTED", user, reason.strip());
        String pid = runtimeService.startProcessInstanceByKey(PartnerRevocationProcess.KEY, p.getId(), Map.of(
                CaseLifecycle.CASE_TYPE, Partner.CASE_TYPE,
                CaseLifecycle.CASE_ID, p.getId(),
                CaseLifecycle.CASE_NAME, p.getCompany())).getId();
        Partner current = lock(id);
        current.attachRevocationProcess(pid);
        partners.update(current);
        return current;
    }

    /** Lists the application's company, or renews its entry: the old certificate process ends, a new one starts. */
    Partner list(PartnerApplication a, Instant now) {
        Instant expiresAt = now.plus(properties.partner().certificateValidity());
        Partner p = partners.lockByCompany(a.getDetails().company()).orElse(null);
        String oldCertificate = null;
        if (p == null) {
            p = Partner.listed(UUID.randomUUID().toString(), a, now, expiresAt);
            partners.insert(p);
            timeline.record(Partner.CASE_TYPE, p.getId(), "LISTED", Timeline.SYSTEM,
                    TimelineComment.of("partner-application", a.getId()));
        } else {
            oldCertificate = p.getCertificateProcessId();
            p.renew(a, now, expiresAt);
            partners.update(p);
            timeline.record(Partner.CASE_TYPE, p.getId(), "RENEWED", Timeline.SYSTEM,
                    TimelineComment.of("partner-application", a.getId()));
        }
        if (oldCertificate != null) {
            endCertificate(oldCertificate);
        }
        String pid = runtimeService.startProcessInstanceByKey(PartnerCertificateProcess.KEY, p.getId(), Map.of(
                CaseLifecycle.CASE_TYPE, Partner.CASE_TYPE,
                CaseLifecycle.CASE_ID, p.getId(),
                CaseLifecycle.CASE_NAME, p.getCompany())).getId();
        p.attachCertificateProcess(pid);
        partners.update(p);
        mail.toContactAndApplicant(p, NoticeType.PARTNER_LISTED, Map.of());
        return p;
    }

    // ---- steps of partner-certificate.bpmn ----

    /** When a renewal reminder is due: {@code before} the expiry, but never before the listing. */
    public Instant reminderAt(String id, Duration before) {
        Partner p = require(id);
        Instant at = p.getCertificateExpiresAt().minus(before);
        return at.isBefore(p.getListedAt()) ? p.getListedAt() : at;
    }

    public Instant certificateExpiresAt(String id) {
        return require(id).getCertificateExpiresAt();
    }

    /** Reminds the contact, unless the reminder would fall before the listing (a short certificate). */
    public void remindOfExpiry(String id, Duration before) {
        Partner p = lock(id);
        Instant due = p.getCertificateExpiresAt().minus(before);
        if (p.getStatus() != PartnerStatus.LISTED || due.isBefore(p.getListedAt())) {
            return;
        }
        long daysLeft = Math.max(0, Duration.between(clock.instant(), p.getCertificateExpiresAt()).toDays());
        timeline.record(Partner.CASE_TYPE, id, "CERTIFICATE_REMINDER", Timeline.SYSTEM,
                TimelineComment.of("certificate-reminder", before));
        mail.expiryReminder(p, daysLeft == 0 ? before.toDays() : daysLeft);
    }

    public void expireCertificate(String id) {
        Partner p = lock(id);
        if (p.getStatus() != PartnerStatus.LISTED) {
            return;
        }
        p.certificateExpired();
        partners.update(p);
        timeline.record(Partner.CASE_TYPE, id, "CERTIFICATE_EXPIRED", Timeline.SYSTEM, null);
        mail.toContactAndApplicant(p, NoticeType.PARTNER_CERTIFICATE_EXPIRED, Map.of());
    }

    // ---- steps of partner-revocation.bpmn, and what its vote tells this module ----

    public void revoke(String id) {
        Partner p = lock(id);
        p.revoke();
        partners.update(p);
        timeline.record(Partner.CASE_TYPE, id, "REVOKED", Timeline.SYSTEM, p.getRevocationReason());
        if (p.getCertificateProcessId() != null) {
            endCertificate(p.getCertificateProcessId());
        }
        mail.toContactAndApplicant(p, NoticeType.PARTNER_REVOKED, Map.of("comment", p.getRevocationReason()));
    }

    public void closeRevocation(String id) {
        Partner p = lock(id);
        p.revocationClosed();
        partners.update(p);
        timeline.record(Partner.CASE_TYPE, id, "REVOCATION_CLOSED", Timeline.SYSTEM, null);
    }

    void revocationVoteOpened(String id) {
        Partner p = lock(id);
        p.revocationVoteOpened();
        partners.update(p);
    }

    void revocationWithoutQuorum(String id) {
        Partner p = lock(id);
        p.revocationWithoutQuorum();
        partners.update(p);
    }

    void revocationRejected(String id) {
        Partner p = lock(id);
        p.revocationRejected();
        partners.update(p);
        timeline.record(Partner.CASE_TYPE, id, "REVOCATION_REJECTED", Timeline.SYSTEM, null);
    }

    Partner require(String id) {
        return partners.find(id).orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none", id)));
    }

    private Partner lock(String id) {
        return partners.lock(id).orElseThrow(() -> new NotFoundException(Languages.text("error.partner.none", id)));
    }

    private void endCertificate(String processInstanceId) {
        runtimeService.createMessageCorrelation(PartnerCertificateProcess.MESSAGE_ENDED)
                .processInstanceId(processInstanceId).correlateAllWithResult();
    }
}
