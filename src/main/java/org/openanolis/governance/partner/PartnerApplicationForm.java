package org.openanolis.governance.partner;

import java.util.List;

/**
 * What an applicant submits (and resubmits), exactly as typed: validated as a whole by
 * {@link PartnerApplicationValidator} before anything is stored or started.
 * Also the body of POST and PUT /api/partner-applications, so enums arrive as strings and every bad field is
 * reported at once.
 */
public record PartnerApplicationForm(String company, String registrationId, String country, String website,
                                     String type, String contactName, String contactEmail, String agreementVersion,
                                     List<Product> products) {

    public List<Product> productsOrEmpty() {
        return products == null ? List.of() : products;
    }
}
