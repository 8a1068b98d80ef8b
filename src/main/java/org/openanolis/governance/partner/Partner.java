package org.openanolis.governance.partner;

import java.time.Instant;
import java.util.List;

import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;

import lombok.AllArgsConstructor;
import lombok.Getter;

/**
 * A company in the partner directory. Listed by an approved application, renewed by the next one under the
 * same company name, and ended by its certificate's expiry or by a revocation vote.
 */
@Getter
@AllArgsConstructor
public class Partner {

    public static final String CASE_TYPE = "PARTNER";

    private final String id;
    private String company;
    private PartnerType type;
    private String website;
    private List<Product> products;
    private String contactName;
    private String contactEmail;
    private String applicant;
    private String applicationId;
    private PartnerStatus status;
    private Instant listedAt;
    private Instant certificateExpiresAt;
    private String certificateProcessId;
    private String revocationReason;
    private String revocationRequestedBy;
    private Instant revocationRequestedAt;
    private RevocationStatus revocationStatus;
    private String revocationProcessId;

    static Partner listed(String id, PartnerApplication a, Instant at, Instant expiresAt) {
        PartnerProfile profile = a.getDetails();
        return new Partner(id, profile.company(), profile.partnerType(), profile.website(), profile.products(),
                profile.contactName(), profile.contactEmail(), a.getApplicant(), a.getId(), PartnerStatus.LISTED, at,
                expiresAt, null, null, null, null, null, null);
    }

    String companyKey() {
        return PartnerProfile.keyOf(company);
    }

    /**
     * A renewal: the newer application's details replace the old ones and the certificate starts again. An open
     * revocation vote goes on (the committee approved the renewal, but the revocation still decides); an earlier,
     * ended revocation stays on the row as history.
     */
    void renew(PartnerApplication a, Instant at, Instant expiresAt) {
        PartnerProfile profile = a.getDetails();
        company = profile.company();
        type = profile.partnerType();
        website = profile.website();
        products = profile.products();
        contactName = profile.contactName();
        contactEmail = profile.contactEmail();
        applicant = a.getApplicant();
        applicationId = a.getId();
        status = PartnerStatus.LISTED;
        listedAt = at;
        certificateExpiresAt = expiresAt;
    }

    void attachCertificateProcess(String processInstanceId) {
        this.certificateProcessId = processInstanceId;
    }

    void certificateExpired() {
        if (status != PartnerStatus.LISTED) {
            throw new ConflictException(
                    Languages.text("error.partner.certificate-cannot-expire", CaseWords.status(status)));
        }
        status = PartnerStatus.CERTIFICATE_EXPIRED;
    }

    /** Whether a revocation may be opened now: the partner is listed and no revocation is under vote. */
    public boolean isRevocable() {
        return status == PartnerStatus.LISTED && (revocationStatus == null || !revocationStatus.isOpen());
    }

    void requestRevocation(String reason, String requestedBy, Instant at) {
        if (status != PartnerStatus.LISTED) {
            throw new ConflictException(Languages.text("error.partner.cannot-be-revoked", CaseWords.status(status)));
        }
        if (revocationStatus != null && revocationStatus.isOpen()) {
            throw new ConflictException(Languages.text("error.partner.revocation-under-vote"));
        }
        revocationReason = reason;
        revocationRequestedBy = requestedBy;
        revocationRequestedAt = at;
        revocationStatus = RevocationStatus.VOTING;
        revocationProcessId = null;
    }

    void attachRevocationProcess(String processInstanceId) {
        this.revocationProcessId = processInstanceId;
    }

    void revocationVoteOpened() {
        moveRevocation(RevocationStatus.VOTING);
    }

    void revocationWithoutQuorum() {
        moveRevocation(RevocationStatus.NO_QUORUM);
    }

    void revocationRejected() {
        moveRevocation(RevocationStatus.REJECTED);
    }

    void revocationClosed() {
        moveRevocation(RevocationStatus.CLOSED);
    }

    /** The SUPER vote approved the revocation: the partner leaves the directory's listed partners. */
    void revoke() {
        moveRevocation(RevocationStatus.APPROVED);
        status = PartnerStatus.REVOKED;
    }

    private void moveRevocation(RevocationStatus to) {
        if (revocationStatus == null || !revocationStatus.isOpen()) {
            throw new ConflictException(Languages.text("error.partner.no-open-revocation", CaseWords.status(to)));
        }
        revocationStatus = to;
    }
}
