package org.openanolis.governance.partner.web;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.partner.Partner;
import org.openanolis.governance.partner.PartnerStatus;
import org.openanolis.governance.partner.PartnerType;
import org.openanolis.governance.partner.Product;
import org.openanolis.governance.partner.RevocationStatus;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A partner in the directory (API.md "Directories"), with its latest revocation when there was one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PartnerView(String id, String company, PartnerType type, String website, List<Product> products,
                   Instant listedAt, Instant certificateExpiresAt, PartnerStatus status, Revocation revocation) {

    /** A revocation and its SUPER vote (the latest one, as the reader may see it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Revocation(String reason, String requestedBy, Instant requestedAt, RevocationStatus status, VoteView vote) {
    }

    static PartnerView of(Partner p, List<VoteView> votes) {
        Revocation revocation = p.getRevocationStatus() == null ? null
                : new Revocation(p.getRevocationReason(), p.getRevocationRequestedBy(), p.getRevocationRequestedAt(),
                        p.getRevocationStatus(), votes.isEmpty() ? null : votes.get(votes.size() - 1));
        return new PartnerView(p.getId(), p.getCompany(), p.getType(), p.getWebsite(), p.getProducts(),
                p.getListedAt(), p.getCertificateExpiresAt(), p.getStatus(), revocation);
    }
}
