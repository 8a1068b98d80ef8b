package org.openanolis.governance.partner;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.system.ConflictException;

import lombok.AllArgsConstructor;
import lombok.Getter;

/**
 * An application to become (or stay) a listed partner. Its state changes only through the methods
 * below, each of which refuses a move that Process 3 does not allow.
 */
@Getter
@AllArgsConstructor
public class PartnerApplication {

    public static final String CASE_TYPE = "PARTNER_APPLICATION";

    private final String id;
    private String company;
    private String registrationId;
    private String country;
    private String website;
    private PartnerType type;
    private String contactName;
    private String contactEmail;
    private String agreementVersion;
    private List<Product> products;
    private final String applicant;
    private ApplicationStatus status;
    private final Instant submittedAt;
    private Instant updatedAt;
    private String processInstanceId;
    private String partnerId;

    static String keyOf(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
    }

    String companyKey() {
        return keyOf(company);
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void acceptEligibility(Instant at) {
        move(Set.of(ApplicationStatus.ELIGIBILITY), ApplicationStatus.TECHNICAL_VERIFICATION, at);
    }

    void requestChanges(Instant at) {
        move(Set.of(ApplicationStatus.ELIGIBILITY, ApplicationStatus.TECHNICAL_VERIFICATION),
                ApplicationStatus.CHANGES_REQUESTED, at);
    }

    void reject(Instant at) {
        move(Set.of(ApplicationStatus.ELIGIBILITY, ApplicationStatus.TECHNICAL_VERIFICATION, ApplicationStatus.VOTING),
                ApplicationStatus.REJECTED, at);
    }

    /** The reviewer confirms compatibility; refused while any product falls short (see {@link Verification}). */
    void acceptVerification(Verification verification, Instant at) {
        if (!verification.passed()) {
            throw new ConflictException("The test reports do not allow technical acceptance", verification.problems());
        }
        move(Set.of(ApplicationStatus.TECHNICAL_VERIFICATION), ApplicationStatus.VOTING, at);
    }

    void revise(PartnerApplicationForm form, Instant at) {
        move(Set.of(ApplicationStatus.CHANGES_REQUESTED), ApplicationStatus.ELIGIBILITY, at);
        company = form.company().strip();
        registrationId = form.registrationId();
        country = form.country();
        website = form.website();
        type = PartnerType.valueOf(form.type());
        contactName = form.contactName();
        contactEmail = form.contactEmail();
        agreementVersion = form.agreementVersion();
        products = List.copyOf(form.productsOrEmpty());
    }

    /** A vote opened, also a re-run after NO_QUORUM. */
    void voteOpened(Instant at) {
        move(Set.of(ApplicationStatus.VOTING, ApplicationStatus.NO_QUORUM), ApplicationStatus.VOTING, at);
    }

    void noQuorum(Instant at) {
        move(Set.of(ApplicationStatus.VOTING), ApplicationStatus.NO_QUORUM, at);
    }

    void listed(String partnerId, Instant at) {
        move(Set.of(ApplicationStatus.VOTING), ApplicationStatus.LISTED, at);
        this.partnerId = partnerId;
    }

    void withdraw(Instant at) {
        if (!status.isOpen()) {
            throw new ConflictException("A " + status + " application can no longer be withdrawn");
        }
        status = ApplicationStatus.WITHDRAWN;
        updatedAt = at;
    }

    void expire(Instant at) {
        move(Set.of(ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.VOTING, ApplicationStatus.NO_QUORUM),
                ApplicationStatus.EXPIRED, at);
    }

    private void move(Set<ApplicationStatus> from, ApplicationStatus to, Instant at) {
        if (!from.contains(status)) {
            throw new ConflictException("A " + status + " application cannot become " + to);
        }
        status = to;
        updatedAt = at;
    }
}
