package org.openanolis.governance.system;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A client that failed too often must wait before it tries again: 429 with Retry-After, the password unchecked. */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration wait;

    public SignInThrottledException(Duration wait) {
        // In the language of the request that failed once more: the detail of its 429.
        super(Languages.text("error.sign-in-throttled", SignInThrottle.seconds(wait)));
        this.wait = wait;
    }

    /** Whole seconds, for Retry-After. */
    public long retryAfterSeconds() {
        return SignInThrottle.seconds(wait);
    }
}
