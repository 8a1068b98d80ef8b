package org.openanolis.governance.task;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of task the API names, each bound to one BPMN user task id and to the outcomes it
 * accepts. Completing a task sets {@code <prefix>Outcome}, {@code <prefix>Comment} and
 * {@code <prefix>Actor}, which the process's gateways and delegates read.
 */
public enum TaskKind {

    SIG_TRIAGE("UserTask_TriageProposal", "triage", "Triage", List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    COMMITTEE_BALLOT("UserTask_CastBallot", "ballot", "Vote on", List.of("APPROVE", "REJECT", "ABSTAIN")),
    NO_QUORUM_DECISION("UserTask_DecideAfterNoQuorum", "chair", "Decide after no quorum on", List.of("RERUN", "CLOSE")),
    VOTE_ESCALATION("UserTask_ResolveVoteEscalation", "chair", "Resolve the vote escalation of", List.of("RERUN", "CLOSE")),
    SIG_PROVISIONING("UserTask_ProvisionSig", "provisioning", "Provision", List.of("DONE")),
    /** Eligibility and verification share the {@code review} variables: each is read right after its own task. */
    PARTNER_ELIGIBILITY("UserTask_CheckPartnerEligibility", "review", "Check the partner eligibility of",
            List.of("ACCEPT", "REQUEST_CHANGES", "REJECT")),
    TECHNICAL_VERIFICATION("UserTask_VerifyPartnerCompatibility", "review", "Verify the compatibility of",
            List.of("ACCEPT", "REQUEST_CHANGES", "REJECT"));

    /** Outcomes that must say why (API.md). */
    private static final Set<String> NEED_COMMENT = Set.of("REQUEST_CHANGES", "REJECT", "DECLINE");

    private final String taskDefinitionKey;
    private final String variablePrefix;
    private final String titlePrefix;
    private final List<String> outcomes;

    TaskKind(String taskDefinitionKey, String variablePrefix, String titlePrefix, List<String> outcomes) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.variablePrefix = variablePrefix;
        this.titlePrefix = titlePrefix;
        this.outcomes = outcomes;
    }

    public static Optional<TaskKind> of(String taskDefinitionKey) {
        return Arrays.stream(values()).filter(k -> k.taskDefinitionKey.equals(taskDefinitionKey)).findFirst();
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public boolean needsComment(String outcome) {
        return NEED_COMMENT.contains(outcome);
    }

    public String title(String caseName) {
        return titlePrefix + " " + caseName;
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
}
