package org.openanolis.governance.onboarding.web;

import org.openanolis.governance.onboarding.StageChangeForm;
import org.openanolis.governance.onboarding.StageChangeProposal;
import org.openanolis.governance.portal.FormLines;

import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** The stage change form exactly as typed, adopters one per line; the service judges it. */
@Getter
@Setter
@NoArgsConstructor
@AllArgsConstructor
public class StageChangeInput {

    private String project;
    private String targetStage;
    private String adopters;
    private String securityPolicyUrl;
    private String releaseUrl;
    private String securityAuditUrl;

    /** The current evidence of a stage change, for its revision. */
    static StageChangeInput of(StageChangeProposal p) {
        return new StageChangeInput(p.project(), p.targetStage().name(), FormLines.join(p.adopters()),
                p.securityPolicyUrl(), p.releaseUrl(), p.securityAuditUrl());
    }

    StageChangeForm toForm() {
        return new StageChangeForm(project, targetStage, FormLines.of(adopters), securityPolicyUrl, releaseUrl,
                securityAuditUrl);
    }
}
