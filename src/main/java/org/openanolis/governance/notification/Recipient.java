package org.openanolis.governance.notification;

public record Recipient(String name, String email) {
}
