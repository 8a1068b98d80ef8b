package org.openanolis.governance.notification;

/** A notification as it will be sent: header-safe subject, plain-text and HTML bodies. */
record RenderedMail(String subject, String text, String html) {
}
