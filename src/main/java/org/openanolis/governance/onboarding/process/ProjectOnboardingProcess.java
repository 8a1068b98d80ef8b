package org.openanolis.governance.onboarding.process;

import java.util.Map;

import org.openanolis.governance.task.TaskKind;

/** Variable names of bpmn/project-onboarding.bpmn that its task kinds do not give, in one place. */
public final class ProjectOnboardingProcess {

    /** The proposer, who confirms the contribution agreement. */
    public static final String PROPOSER = "proposer";
    /** Whether the license is one of governance.project.allowed-licenses; otherwise legal review comes first. */
    public static final String LICENSE_ALLOWED = "licenseAllowed";

    /** Each rejecting service task, and the task whose actor and comment it reports. */
    static final Map<String, TaskKind> REJECTIONS = Map.of(
            "ServiceTask_RejectAfterLegalReview", TaskKind.LEGAL_REVIEW,
            "ServiceTask_RejectAfterEndorsement", TaskKind.SIG_ENDORSEMENT,
            "ServiceTask_RejectAfterTechnicalDiligence", TaskKind.TECHNICAL_DUE_DILIGENCE,
            "ServiceTask_RejectAfterLegalDiligence", TaskKind.LEGAL_DUE_DILIGENCE);

    private ProjectOnboardingProcess() {
    }
}
