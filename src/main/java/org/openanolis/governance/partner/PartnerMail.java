package org.openanolis.governance.partner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openanolis.governance.notification.Notice;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.notification.Recipient;
import org.openanolis.governance.people.People;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * The partner module's own mails (DOMAIN.md's notification table); the vote and tasks send theirs. The partner
 * contact is an address, not a registered user, so it is written to directly.
 */
@Component
@RequiredArgsConstructor
class PartnerMail {

    private final Notifications notifications;
    private final People people;

    /** Rejected at any step: the partner contact and the applicant. */
    void rejected(PartnerApplication a, String step, String comment) {
        PartnerProfile profile = a.getDetails();
        Map<String, Object> model = model(a.getApplicant(), comment);
        model.put("outcome", step);
        send(PartnerApplication.CASE_TYPE, a.getId(), profile.company(), NoticeType.PARTNER_REJECTED,
                contactAndApplicant(profile.contactName(), profile.contactEmail(), a.getApplicant()), model);
    }

    /** Listed, certificate expired, revoked: the partner contact and the applicant. */
    void toContactAndApplicant(Partner p, NoticeType type, Map<String, Object> extra) {
        Map<String, Object> model = model(p.getApplicant(), null);
        model.put("expiresAt", p.getCertificateExpiresAt());
        model.putAll(extra);
        send(Partner.CASE_TYPE, p.getId(), p.getCompany(), type,
                contactAndApplicant(p.getContactName(), p.getContactEmail(), p.getApplicant()), model);
    }

    /** A renewal reminder goes to the partner contact alone. */
    void expiryReminder(Partner p, long daysLeft) {
        Map<String, Object> model = model(p.getApplicant(), null);
        model.put("expiresAt", p.getCertificateExpiresAt());
        model.put("daysLeft", daysLeft);
        send(Partner.CASE_TYPE, p.getId(), p.getCompany(), NoticeType.PARTNER_CERTIFICATE_EXPIRING,
                List.of(new Recipient(p.getContactName(), p.getContactEmail())), model);
    }

    private List<Recipient> contactAndApplicant(String contactName, String contactEmail, String applicant) {
        List<Recipient> to = new ArrayList<>();
        to.add(new Recipient(contactName, contactEmail));
        to.addAll(users(List.of(applicant)));
        return to;
    }

    private List<Recipient> users(Collection<String> ids) {
        return people.all(ids.stream().distinct().toList()).stream().filter(person -> person.email() != null)
                .map(person -> new Recipient(person.name(), person.email(), person.language())).toList();
    }

    private static Map<String, Object> model(String applicant, String comment) {
        Map<String, Object> model = new HashMap<>();
        model.put("proposer", applicant);
        if (comment != null) {
            model.put("comment", comment);
        }
        return model;
    }

    private void send(String caseType, String caseId, String caseName, NoticeType type, List<Recipient> to,
                      Map<String, Object> model) {
        if (!to.isEmpty()) {
            notifications.send(new Notice(type, caseType, caseId, caseName, to, model));
        }
    }
}
