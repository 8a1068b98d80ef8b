package org.openanolis.governance.cases;

/**
 * Published in the transaction that opens a case of any kind, once it is stored and its process started: a rolled-back
 * submission was never submitted.
 *
 * @param caseName the name the case goes by, as the proposer gave it or the system made it
 */
public record CaseSubmitted(String caseType, String caseId, String caseName) {
}
