package org.openanolis.governance.sig;

/** A SIG's annual report: OPEN while its chairs write it, then SUBMITTED, or MISSED if it never was. */
public enum ReportStatus {
    OPEN, SUBMITTED, MISSED
}
