package org.openanolis.governance.sig.process;

/** Ids, messages and variable names of bpmn/sig-creation.bpmn, in one place. */
public final class SigCreationProcess {

    public static final String KEY = "sigCreation";

    public static final String CASE_TYPE = "caseType";
    public static final String CASE_ID = "caseId";
    public static final String CASE_NAME = "caseName";

    public static final String MESSAGE_REVISED = "SigProposalRevised";
    public static final String MESSAGE_WITHDRAWN = "SigProposalWithdrawn";

    public static final String TRIAGE_COMMENT = "triageComment";
    public static final String TRIAGE_ACTOR = "triageActor";
    public static final String PROVISIONING_ACTOR = "provisioningActor";

    private SigCreationProcess() {
    }
}
