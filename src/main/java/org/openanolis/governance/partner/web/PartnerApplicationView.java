package org.openanolis.governance.partner.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.partner.ApplicationStatus;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerProfile;
import org.openanolis.governance.partner.PartnerType;
import org.openanolis.governance.partner.Product;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A partner application as the API shows it: the latest vote under {@code vote}, earlier ones under {@code previousVotes}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PartnerApplicationView(String id, String company, String registrationId, String country, String website,
                              PartnerType type, String contactName, String contactEmail, String agreementVersion,
                              List<Product> products, String applicant, ApplicationStatus status, Instant submittedAt,
                              Instant updatedAt, String partnerId, VoteView vote, List<VoteView> previousVotes,
                              List<TimelineEntry> timeline) {

    static PartnerApplicationView of(PartnerApplication a, CaseHistory history) {
        PartnerProfile profile = a.getDetails();
        return new PartnerApplicationView(a.getId(), profile.company(), profile.registrationId(), profile.country(),
                profile.website(), profile.partnerType(), profile.contactName(), profile.contactEmail(),
                profile.agreementVersion(), profile.products(), a.getApplicant(), a.getStatus(), a.getSubmittedAt(),
                a.getUpdatedAt(), a.getPartnerId(), history.vote(), history.previousVotes(), history.timeline());
    }
}
