package org.openanolis.governance.partner;

/** What a partner makes: hardware (IHV), an operating system built on OpenAnolis (OSV), or software (ISV). */
public enum PartnerType {
    IHV, OSV, ISV
}
