package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.onboarding.ProjectProposalForm;
import org.openanolis.governance.portal.FormLines;

import lombok.Getter;
import lombok.Setter;

/** The project proposal form of the portal exactly as typed; the maintainers are typed one user id per line. */
@Getter
@Setter
public class ProjectProposalInput {

    private String name;
    private String summary;
    private String description;
    private String repositoryUrl;
    private String website;
    private String license;
    private String sponsorSig;
    private String maintainers;
    private String securityContact;
    private String codeOfConductUrl;
    private String originOrganization;

    ProjectProposalForm toForm() {
        return new ProjectProposalForm(name, summary, description, repositoryUrl, website, license, sponsorSig,
                FormLines.of(maintainers), securityContact, codeOfConductUrl, originOrganization);
    }
}
