package org.openanolis.governance.onboarding;

import java.util.List;

/**
 * A proposed stage change as typed, the body of {@code POST /api/project-stage-changes} and of its revision: the
 * target stage is text until checked, so a wrong one is listed with every other problem.
 */
public record StageChangeForm(String project, String targetStage, List<String> adopters, String securityPolicyUrl,
                              String releaseUrl, String securityAuditUrl) {

    public List<String> adoptersOrEmpty() {
        return adopters == null ? List.of() : adopters;
    }
}
