package org.openanolis.governance.partner;

import java.util.List;

/**
 * What an applicant submits (and resubmits), exactly as typed: validated as a whole by
 * {@link PartnerApplicationValidator} before anything is stored or started.
 */
public record PartnerApplicationForm(String company, String registrationId, String country, String website,
                                     String type, String contactName, String contactEmail, String agreementVersion,
                                     List<Product> products) {

    public List<Product> productsOrEmpty() {
        return products == null ? List.of() : products;
    }
}
