package org.openanolis.governance.onboarding;

/**
 * Published in the transaction that moves a project in the directory: listed as SANDBOX ({@code from} null, or
 * ARCHIVED when it applied again), moved to INCUBATING or GRADUATED, or ARCHIVED, each by the decision of
 * {@code caseId}. Listeners run in that transaction, so a move that rolls back was never announced.
 */
public record ProjectStageChanged(String project, ProjectStage from, ProjectStage to, String caseId) {
}
