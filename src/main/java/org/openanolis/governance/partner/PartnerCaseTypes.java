package org.openanolis.governance.partner;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CommitteeDecision;
import org.openanolis.governance.casetype.CaseType;
import org.openanolis.governance.partner.process.PartnerRevocationProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The partner application, and a listed partner whose revocation is a case of its own, on the partner's page. The
 * revocation is kept in the directory, not as a case record, so it follows its vote by {@code PartnerVoteListener}.
 */
@Configuration(proxyBeanMethods = false)
public class PartnerCaseTypes {

    public static final CaseType PARTNER_APPLICATION = new CaseType(PartnerApplication.CASE_TYPE,
            "partner-applications", "Partner application", "application", "applicant", "partnerApproval",
            "PartnerApplicationRevised", "PartnerApplicationWithdrawn");

    public static final CaseType PARTNER_REVOCATION = new CaseType(Partner.CASE_TYPE, "partners",
            "Partner (revocation)", "revocation", "proposer", PartnerRevocationProcess.KEY, null, null);

    @Bean
    CaseType partnerApplicationCaseType() {
        return PARTNER_APPLICATION;
    }

    /**
     * The usual hand-off, an approval moving the application to LISTED (partner-approval.bpmn then lists the
     * company), except that a rejection is also mailed to the partner contact, who is no user.
     */
    @Bean
    CaseKind<PartnerApplication> partnerApplicationKind(PartnerApplicationRepository applications,
                                                        PartnerVoteCases recusal, PartnerMail mail) {
        CommitteeDecision<PartnerApplication> usual = CommitteeDecision.of(
                a -> recusal.of(a.getDetails().company(), a.getApplicant(), a.getApplicant()), ApplicationStatus.VOTING,
                ApplicationStatus.NO_QUORUM, ApplicationStatus.LISTED, ApplicationStatus.REJECTED);
        return new CaseKind<>(PARTNER_APPLICATION, applications,
                new CommitteeDecision<>(usual.subject(), usual.opened(), usual.approved(), (a, at) -> {
                    a.reject(at);
                    mail.rejected(a, "by the committee vote", null);
                }, usual.withoutQuorum()));
    }

    @Bean
    CaseType partnerRevocationCaseType() {
        return PARTNER_REVOCATION;
    }
}
