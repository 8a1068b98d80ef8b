package org.openanolis.governance.partner.process;

/** Ids, messages and variable names of bpmn/partner-approval.bpmn, in one place. */
public final class PartnerApprovalProcess {

    public static final String KEY = "partnerApproval";

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NAME = "caseName";

    public static final String MESSAGE_REVISED = "PartnerApplicationRevised";
    public static final String MESSAGE_WITHDRAWN = "PartnerApplicationWithdrawn";

    /** Eligibility and technical verification both complete with {@code reviewOutcome}, {@code reviewComment}, {@code reviewActor}. */
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVIEW_ACTOR = "reviewActor";

    public static final String ELIGIBILITY_TASK = "UserTask_CheckPartnerEligibility";
    public static final String VERIFICATION_TASK = "UserTask_VerifyPartnerCompatibility";

    private PartnerApprovalProcess() {
    }
}
