package org.openanolis.governance.partner;

import java.util.List;
import java.util.Locale;

import org.openanolis.governance.cases.CaseDetails;

/**
 * The company an application would list and its products, as the applicant last submitted them: checked, typed,
 * and replaced whole by a revision.
 */
public record PartnerProfile(String company, String registrationId, String country, String website,
                             PartnerType partnerType, String contactName, String contactEmail, String agreementVersion,
                             List<Product> products) implements CaseDetails {

    @Override
    public String caseName() {
        return company;
    }

    /** The company as names are compared: one open application and one partner per company, in any case. */
    public static String keyOf(String company) {
        return company.strip().toLowerCase(Locale.ROOT);
    }

    String companyKey() {
        return keyOf(company);
    }
}
