package org.openanolis.governance.partner;

/** A partner's status in the directory: only LISTED partners are shown by default. */
public enum PartnerStatus {
    LISTED, CERTIFICATE_EXPIRED, REVOKED
}
