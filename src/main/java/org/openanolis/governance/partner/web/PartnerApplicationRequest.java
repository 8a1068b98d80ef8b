package org.openanolis.governance.partner.web;

import java.util.List;

import org.openanolis.governance.partner.PartnerApplicationForm;
import org.openanolis.governance.partner.Product;

/** The body of POST and PUT /api/partner-applications; enums arrive as strings so every bad field is reported at once. */
record PartnerApplicationRequest(String company, String registrationId, String country, String website, String type,
                                 String contactName, String contactEmail, String agreementVersion,
                                 List<Product> products) {

    PartnerApplicationForm toForm() {
        return new PartnerApplicationForm(company, registrationId, country, website, type, contactName, contactEmail,
                agreementVersion, products);
    }
}
