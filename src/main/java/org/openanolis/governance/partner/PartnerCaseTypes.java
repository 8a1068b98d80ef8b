package org.openanolis.governance.partner;

import org.openanolis.governance.cases.CaseType;
import org.openanolis.governance.partner.process.PartnerApprovalProcess;
import org.openanolis.governance.partner.process.PartnerRevocationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The partner application, and a listed partner whose revocation is a case of its own, on the partner's page. */
@Configuration(proxyBeanMethods = false)
public class PartnerCaseTypes {

    public static final CaseType PARTNER_APPLICATION = new CaseType(PartnerApplication.CASE_TYPE,
            "partner-applications", "Partner application", PartnerApprovalProcess.KEY,
            PartnerApprovalProcess.MESSAGE_REVISED, PartnerApprovalProcess.MESSAGE_WITHDRAWN);

    public static final CaseType PARTNER_REVOCATION = new CaseType(Partner.CASE_TYPE, "partners",
            "Partner (revocation)", PartnerRevocationProcess.KEY, null, null);

    @Bean
    CaseType partnerApplicationCaseType() {
        return PARTNER_APPLICATION;
    }

    @Bean
    CaseType partnerRevocationCaseType() {
        return PARTNER_REVOCATION;
    }
}
