package org.openanolis.governance.publishing;

import java.time.Instant;

/**
 * A resolution as the register keeps it: its number, the vote it records, the case and how the vote ended. What the
 * vote counted is read from the vote itself, which no longer changes once closed.
 */
record ResolutionEntry(String number, int year, int seq, String voteId, String caseType, String caseId,
                       String caseName, String outcome, Instant decidedAt) {

    /** {@code 2027-001}: the year the vote closed (UTC) and its place in that year, three digits at least. */
    static String number(int year, int seq) {
        return String.format("%d-%03d", year, seq);
    }
}
