package org.openanolis.governance.sig;

/** How often a SIG meets. */
public enum MeetingCadence { WEEKLY, BIWEEKLY, TRIWEEKLY, MONTHLY }
