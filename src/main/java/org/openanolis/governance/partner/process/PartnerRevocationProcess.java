package org.openanolis.governance.partner.process;

/** Ids and variable names of bpmn/partner-revocation.bpmn, in one place. */
public final class PartnerRevocationProcess {

    public static final String KEY = "partnerRevocation";

    private PartnerRevocationProcess() {
    }
}
