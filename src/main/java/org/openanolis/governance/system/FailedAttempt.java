package org.openanolis.governance.system;

import java.time.Instant;

/**
 * What an outbox row becomes after an attempt to deliver it failed, by the {@code governance.*.retry} back-off: the
 * mail outbox and the webhook outbox retry alike, so the rule lives here once.
 *
 * @param attempts      the attempts made, this one included
 * @param last          whether that was the last attempt allowed: the row is FAILED until an administrator re-sends it
 * @param nextAttemptAt when to try again (the failure's instant when there is no next attempt)
 * @param error         the failure and its causes in one line, at most {@value #MAX_ERROR} characters
 */
public record FailedAttempt(int attempts, boolean last, Instant nextAttemptAt, String error) {

    /** The width of the outbox tables' {@code last_error} columns. */
    public static final int MAX_ERROR = 2000;

    /** The outcome of attempt {@code previousAttempts + 1}, which failed with {@code cause} at {@code now}. */
    public static FailedAttempt after(int previousAttempts, Throwable cause, GovernanceProperties.Retry retry,
                                      Instant now) {
        int attempts = previousAttempts + 1;
        boolean last = attempts >= retry.maxAttempts();
        return new FailedAttempt(attempts, last, last ? now : now.plus(retry.delayAfter(attempts)), describe(cause));
    }

    /** The failure and its causes, {@code Type: message <- Cause: message}, cut to fit the column. */
    public static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text.toString();
    }
}
