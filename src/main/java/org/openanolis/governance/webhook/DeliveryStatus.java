package org.openanolis.governance.webhook;

/** Where a delivery is in the outbox, as a notification is in the mail's. */
public enum DeliveryStatus {
    /** Waiting to be sent, now or after a back-off. */
    PENDING,
    /** The receiver answered 2xx. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}
