package org.openanolis.governance.onboarding;

import java.util.List;

import org.openanolis.governance.cases.CaseDetails;
import org.springframework.context.MessageSourceResolvable;

/**
 * What a stage change proposes, checked: the project, the stage it would move to, and the evidence (DOMAIN.md
 * "Life after entry", Projects): the organizations that adopted it and the https URLs of its security policy, a
 * release (for INCUBATING) and a completed security audit (for GRADUATED); an optional URL is null when not given.
 */
public record StageChangeProposal(String project, ProjectStage targetStage, List<String> adopters,
                                  String securityPolicyUrl, String releaseUrl, String securityAuditUrl)
        implements CaseDetails {

    @Override
    public String caseName() {
        return project + " to " + targetStage;
    }

    @Override
    public MessageSourceResolvable nameMessage() {
        return CaseDetails.name("names.project-stage-change." + targetStage, caseName(), project);
    }
}
