package org.openanolis.governance.sig;

import java.time.Instant;

/**
 * A SIG's annual report, as the API shows it: the year, where it stands, when it opened and is due, the facts it
 * was prefilled with, and the chairs' text (to everyone once SUBMITTED; while OPEN, the draft to the SIG's chairs
 * only, null to others).
 */
public record AnnualReport(String sig, int year, ReportStatus status, Instant openedAt, Instant dueAt,
                           ReportFacts facts, String achievements, String plans, String helpNeeded,
                           Instant submittedAt, String submittedBy) {

    /** The same report without the chairs' draft, for someone who may not read it yet. */
    public AnnualReport withoutDraft() {
        return new AnnualReport(sig, year, status, openedAt, dueAt, facts, null, null, null, submittedAt, submittedBy);
    }
}
