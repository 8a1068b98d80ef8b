package org.openanolis.governance.partner;

import java.time.Instant;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseRecord;
import org.openanolis.governance.system.CaseWords;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.Languages;

import lombok.Getter;

/**
 * An application to become (or stay) a listed partner. Its state changes only through the methods
 * below, each of which refuses a move that Process 3 does not allow.
 */
public class PartnerApplication extends CaseRecord<ApplicationStatus, PartnerProfile> {

    public static final String CASE_TYPE = "PARTNER_APPLICATION";

    /** The partner the application listed, once the committee approved it. */
    @Getter
    private String partnerId;

    public PartnerApplication(CaseHeader<ApplicationStatus> header, PartnerProfile profile, String partnerId) {
        super(PartnerCaseTypes.PARTNER_APPLICATION, header, profile);
        this.partnerId = partnerId;
    }

    /** The person who applied: the case's proposer, by the name partner approval gives them. */
    public String getApplicant() {
        return getProposer();
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
            throw new ConflictException(Languages.text("error.partner.reports-refuse-acceptance"),
                    verification.problems());
        }
        move(Set.of(ApplicationStatus.TECHNICAL_VERIFICATION), ApplicationStatus.VOTING, at);
    }

    void revise(PartnerProfile revised, Instant at) {
        revise(Set.of(ApplicationStatus.CHANGES_REQUESTED), ApplicationStatus.ELIGIBILITY, revised, at);
    }

    /** The committee approved and the company entered the directory: the application names its partner. */
    void listedAs(String partnerId) {
        if (getStatus() != ApplicationStatus.LISTED) {
            throw new ConflictException(Languages.text("error.partner.application-lists-no-partner",
                    CaseWords.status(getStatus())));
        }
        this.partnerId = partnerId;
    }

    void expire(Instant at) {
        move(Set.of(ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.VOTING, ApplicationStatus.NO_QUORUM),
                ApplicationStatus.EXPIRED, at);
    }
}
