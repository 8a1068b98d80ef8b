package org.openanolis.governance.task;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The kinds of task the API names, each bound to its BPMN user task id(s) and to the outcomes it
 * accepts. Completing a task sets {@code <prefix>Outcome}, {@code <prefix>Comment} and
 * {@code <prefix>Actor}, which the process's gateways and delegates read.
 */
public enum TaskKind {

    SIG_TRIAGE("UserTask_TriageProposal", "triage", List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    COMMITTEE_BALLOT("UserTask_CastBallot", "ballot", List.of("APPROVE", "REJECT", "ABSTAIN")),
    NO_QUORUM_DECISION("UserTask_DecideAfterNoQuorum", "chair", List.of("RERUN", "CLOSE")),
    VOTE_ESCALATION("UserTask_ResolveVoteEscalation", "chair", List.of("RERUN", "CLOSE")),
    SIG_PROVISIONING("UserTask_ProvisionSig", "provisioning", List.of("DONE")),
    LEGAL_REVIEW("UserTask_ReviewLicense", "legalReview", List.of("ACCEPT", "REJECT")),
    SIG_ENDORSEMENT("UserTask_EndorseProject", "endorsement", List.of("ENDORSE", "DECLINE")),
    ENDORSEMENT_ESCALATION("UserTask_DecideEndorsementForSig", "endorsement", List.of("ENDORSE", "DECLINE")),
    TECHNICAL_DUE_DILIGENCE("UserTask_TechnicalDueDiligence", "technicalDiligence", List.of("ACCEPT", "REJECT")),
    LEGAL_DUE_DILIGENCE("UserTask_LegalDueDiligence", "legalDiligence", List.of("ACCEPT", "REJECT")),
    AGREEMENT_CONFIRMATION("UserTask_ConfirmAgreement", "agreement", List.of("SIGNED")),
    // One kind for the three checklist items, which ops work on in parallel.
    ONBOARDING_CHECKLIST_ITEM(Set.of("UserTask_TransferRepository", "UserTask_SetUpCi", "UserTask_ListOnWebsite"),
            "checklist", List.of("DONE")),
    /** Eligibility and verification share the {@code review} variables: each is read right after its own task. */
    PARTNER_ELIGIBILITY("UserTask_CheckPartnerEligibility", "review", List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    TECHNICAL_VERIFICATION("UserTask_VerifyPartnerCompatibility", "review",
            List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    SANDBOX_REVIEW("UserTask_ReviewSandboxProject", "sandboxReview", List.of("CONTINUE", "PROPOSE_ARCHIVING")),
    STAGE_DUE_DILIGENCE("UserTask_ReviewStageEvidence", "stageDiligence",
            List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    /** The report's text is written on its own form first: SUBMIT publishes what was written there. */
    ANNUAL_REPORT("UserTask_WriteAnnualReport", "annualReport", List.of("SUBMIT")),
    ELECTION_EXCEPTION("UserTask_DecideVoterException", "exception", List.of("GRANT", "REFUSE")),
    ELECTION_CERTIFICATION("UserTask_CertifyElection", "certification", List.of("CERTIFY", "ANNUL"));

    /** Outcomes that must say why (API.md); an archiving's comment is its reason. */
    private static final Set<String> NEED_COMMENT = Set.of("REQUEST_CHANGES", "REJECT", "DECLINE", "PROPOSE_ARCHIVING",
            "REFUSE", "ANNUL");

    private final Set<String> taskDefinitionKeys;
    private final String variablePrefix;
    private final List<String> outcomes;

    TaskKind(String taskDefinitionKey, String variablePrefix, List<String> outcomes) {
        this(Set.of(taskDefinitionKey), variablePrefix, outcomes);
    }

    TaskKind(Set<String> taskDefinitionKeys, String variablePrefix, List<String> outcomes) {
        this.taskDefinitionKeys = taskDefinitionKeys;
        this.variablePrefix = variablePrefix;
        this.outcomes = outcomes;
    }

    public static Optional<TaskKind> of(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(k -> k.taskDefinitionKeys.contains(taskDefinitionKey)).findFirst();
    }

    /** The BPMN user task ids of this kind: one, except for the parallel checklist items. */
    public Set<String> taskDefinitionKeys() {
        return taskDefinitionKeys;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public boolean needsComment(String outcome) {
        return NEED_COMMENT.contains(outcome);
    }

    /**
     * The title of one task of this kind in the given language, such as "Triage sig-example": the message
     * {@code tasks.kind.<KIND>.title.<user task id>} where a task has a title of its own (the checklist items, which
     * share a kind), else {@code tasks.kind.<KIND>.title}, with the case's name as its argument.
     */
    public String title(String taskDefinitionKey, String caseName, MessageSource messages, Locale language) {
        String kindTitle = "tasks.kind." + name() + ".title";
        return messages.getMessage(new DefaultMessageSourceResolvable(
                new String[] {kindTitle + "." + taskDefinitionKey, kindTitle}, new Object[] {caseName}), language);
    }

    public String outcomeVariable() {
        return variablePrefix + "Outcome";
    }

    public String commentVariable() {
        return variablePrefix + "Comment";
    }

    public String actorVariable() {
        return variablePrefix + "Actor";
    }

    /** Who completed the latest task of this kind, for the delegate that runs right after it. */
    public String actor(VariableScope process) {
        return (String) process.getVariable(actorVariable());
    }

    /** Who completed the latest task of this kind and why, for the delegate that runs right after it. */
    public TaskDecision decision(VariableScope process) {
        return new TaskDecision(actor(process), (String) process.getVariable(commentVariable()));
    }
}
