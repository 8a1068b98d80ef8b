package org.openanolis.governance.onboarding;

/** A listed project's maturity; onboarding lists a project as SANDBOX. */
public enum ProjectStage {
    SANDBOX, INCUBATING, GRADUATED, ARCHIVED
}
