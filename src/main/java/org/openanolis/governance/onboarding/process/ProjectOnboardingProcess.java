package org.openanolis.governance.onboarding.process;

import java.util.Map;

/** Ids, messages and variable names of bpmn/project-onboarding.bpmn, in one place. */
public final class ProjectOnboardingProcess {

    public static final String KEY = "projectOnboarding";

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NAME = "caseName";
    /** The proposer, who confirms the contribution agreement. */
    public static final String PROPOSER = "proposer";
    /** Whether the license is one of governance.project.allowed-licenses; otherwise legal review comes first. */
    public static final String LICENSE_ALLOWED = "licenseAllowed";

    public static final String MESSAGE_WITHDRAWN = "ProjectProposalWithdrawn";

    public static final String LEGAL_REVIEW = "legalReview";
    public static final String ENDORSEMENT = "endorsement";
    public static final String TECHNICAL_DILIGENCE = "technicalDiligence";
    public static final String LEGAL_DILIGENCE = "legalDiligence";
    public static final String AGREEMENT = "agreement";
    public static final String CHECKLIST = "checklist";

    public static final String ACTOR = "Actor";
    public static final String COMMENT = "Comment";

    /** Each rejecting service task, and the decision (variable prefix) whose actor and comment it reports. */
    static final Map<String, String> REJECTIONS = Map.of(
            "ServiceTask_RejectAfterLegalReview", LEGAL_REVIEW,
            "ServiceTask_RejectAfterEndorsement", ENDORSEMENT,
            "ServiceTask_RejectAfterTechnicalDiligence", TECHNICAL_DILIGENCE,
            "ServiceTask_RejectAfterLegalDiligence", LEGAL_DILIGENCE);

    private ProjectOnboardingProcess() {
    }
}
