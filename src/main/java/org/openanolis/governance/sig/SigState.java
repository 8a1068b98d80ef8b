package org.openanolis.governance.sig;

/**
 * Where a SIG stands in the directory: ACTIVE, INACTIVE after a long time without activity (any activity makes it
 * ACTIVE again), or RETIRED by the committee's decision, kept with its reason so that its name stays taken.
 */
public enum SigState {
    ACTIVE, INACTIVE, RETIRED
}
