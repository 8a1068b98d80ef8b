package org.openanolis.governance.publishing;

import java.time.Instant;

/**
 * Published in the transaction that closes a committee vote, once the register has given it its number: a closing
 * that rolls back takes its number and this event back with it. Public data only, as the register shows it.
 *
 * @param outcome APPROVED, REJECTED or NO_QUORUM
 */
public record ResolutionRecorded(String number, String caseType, String caseId, String caseName, String outcome,
                                 Instant decidedAt) {
}
