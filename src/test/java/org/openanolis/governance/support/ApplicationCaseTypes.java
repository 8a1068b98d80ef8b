package org.openanolis.governance.support;

import java.util.List;

import org.openanolis.governance.casetype.CaseTypes;
import org.openanolis.governance.onboarding.ProjectCaseType;
import org.openanolis.governance.partner.PartnerCaseTypes;
import org.openanolis.governance.sig.SigCaseType;

/** The case types the application declares, for tests that run without Spring. */
public final class ApplicationCaseTypes {

    private ApplicationCaseTypes() {
    }

    public static CaseTypes all() {
        return new CaseTypes(List.of(SigCaseType.SIG_PROPOSAL, ProjectCaseType.PROJECT_PROPOSAL,
                PartnerCaseTypes.PARTNER_APPLICATION, PartnerCaseTypes.PARTNER_REVOCATION));
    }
}
