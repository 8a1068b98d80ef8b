package org.openanolis.governance.notification;

/**
 * Someone who receives a notification.
 *
 * @param name  how the mail greets them; may be {@code null}
 * @param email where it goes
 */
public record Recipient(String name, String email) {
}
