package org.openanolis.governance.onboarding.web;

import java.util.List;

import org.openanolis.governance.onboarding.ProjectProposalForm;

/** The body of POST /api/project-proposals; every field arrives as typed so every bad one is reported at once. */
record ProjectProposalRequest(String name, String summary, String description, String repositoryUrl, String website,
                              String license, String sponsorSig, List<String> maintainers, String securityContact,
                              String codeOfConductUrl, String originOrganization) {

    ProjectProposalForm toForm() {
        return new ProjectProposalForm(name, summary, description, repositoryUrl, website, license, sponsorSig,
                maintainers, securityContact, codeOfConductUrl, originOrganization);
    }
}
