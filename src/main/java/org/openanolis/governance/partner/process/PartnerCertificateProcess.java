package org.openanolis.governance.partner.process;

import java.util.Map;

/** Ids, messages and variable names of bpmn/partner-certificate.bpmn, in one place. */
public final class PartnerCertificateProcess {

    public static final String KEY = "partnerCertificate";

    /** Ends a certificate before its time: a renewal replaced it, or the partner was revoked. */
    public static final String MESSAGE_ENDED = "PartnerCertificateEnded";

    /** Which of {@code governance.partner.certificate-reminders} each reminder task sends. */
    static final Map<String, Integer> REMINDER_INDEX = Map.of(
            "ServiceTask_RemindSixtyDaysBefore", 0,
            "ServiceTask_RemindThirtyDaysBefore", 1,
            "ServiceTask_RemindSevenDaysBefore", 2);

    private PartnerCertificateProcess() {
    }
}
