package org.openanolis.governance.notification;

/** Where a notification is in the outbox. */
public enum NotificationStatus {
    /** Waiting to be sent, now or after a back-off. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}
