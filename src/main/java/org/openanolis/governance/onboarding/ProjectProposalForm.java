package org.openanolis.governance.onboarding;

import java.util.List;

/**
 * What a proposer submits, exactly as typed: validated as a whole by {@link ProjectProposalValidator}
 * before anything is stored or started.
 * Also the body of POST /api/project-proposals, so enums arrive as strings and every bad field is reported at once.
 */
public record ProjectProposalForm(String name, String summary, String description, String repositoryUrl,
                                  String website, String license, String sponsorSig, List<String> maintainers,
                                  String securityContact, String codeOfConductUrl, String originOrganization) {

    public List<String> maintainersOrEmpty() {
        return maintainers == null ? List.of() : maintainers;
    }
}
