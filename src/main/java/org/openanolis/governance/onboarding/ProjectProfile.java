package org.openanolis.governance.onboarding;

import java.util.List;

import org.openanolis.governance.cases.CaseDetails;

/**
 * The project a proposal would bring in, as its proposer submitted it, checked; a project proposal is never revised.
 */
public record ProjectProfile(String name, String summary, String description, String repositoryUrl, String website,
                             String license, String sponsorSig, List<String> maintainers, String securityContact,
                             String codeOfConductUrl, String originOrganization) implements CaseDetails {

    @Override
    public String caseName() {
        return name;
    }
}
