package org.openanolis.governance.cases;

/**
 * Where a case stands, whatever its type calls its statuses: OPEN until the decision, DECIDED while the decision is
 * carried out (provisioning, an agreement to sign), CLOSED at the end. Only a closed case frees its proposer's place,
 * its name, and can no longer be withdrawn.
 */
public enum CasePhase {
    OPEN, DECIDED, CLOSED
}
