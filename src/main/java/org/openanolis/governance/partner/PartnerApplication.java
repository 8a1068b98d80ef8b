package org.openanolis.governance.partner;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.system.ConflictException;

import lombok.Getter;

/**
 * An application to become (or stay) a listed partner. Its state changes only through the methods
 * below, each of which refuses a move that Process 3 does not allow.
 */
@Getter
public class PartnerApplication extends CaseRecord<ApplicationStatus> {

    public static final String CASE_TYPE = "PARTNER_APPLICATION";

    private String company;
    private String registrationId;
    private String country;
    private String website;
    private PartnerType type;
    private String contactName;
    private String contactEmail;
    private String agreementVersion;
    private List<Product> products;
    private String partnerId;

    public PartnerApplication(String id, String company, String registrationId, String country, String website,
                              PartnerType type, String contactName, String contactEmail, String agreementVersion,
                              List<Product> products, String applicant, ApplicationStatus status,
                              Instant submittedAt, Instant updatedAt, String processInstanceId, String partnerId) {
        super(PartnerCaseTypes.PARTNER_APPLICATION, id, applicant, status, submittedAt, updatedAt, processInstanceId);
        this.company = company;
        this.registrationId = registrationId;
        this.country = country;
        this.website = website;
        this.type = type;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.agreementVersion = agreementVersion;
        this.products = products;
        this.partnerId = partnerId;
    }

    /** The person who applied: the case's proposer, by the name partner approval gives them. */
    public String getApplicant() {
        return getProposer();
    }

    @Override
    public String caseName() {
        return company;
    }

    @Override
    protected ApplicationStatus withdrawnStatus() {
        return ApplicationStatus.WITHDRAWN;
    }

    static String keyOf(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
    }

    String companyKey() {
        return keyOf(company);
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



    /** The committee approved and the company entered the directory: the application names its partner. */
    void listedAs(String partnerId) {
        if (getStatus() != ApplicationStatus.LISTED) {
            throw new ConflictException("A " + getStatus() + " application lists no partner");
        }
        this.partnerId = partnerId;
    }

    void expire(Instant at) {
        move(Set.of(ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.VOTING, ApplicationStatus.NO_QUORUM),
                ApplicationStatus.EXPIRED, at);
    }
}
