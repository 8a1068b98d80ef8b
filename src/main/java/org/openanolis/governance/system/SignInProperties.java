package org.openanolis.governance.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are slowed down ({@link SignInThrottle}). A client that failed on an account waits
 * {@code delayBase * delayFactor^(failures - 1)}, at most {@code maxDelay}, before it may try that account again; a
 * client address that failed more than {@code freeFailuresPerClient} times, on any accounts, waits the same way
 * before it may try any. Counts are forgotten {@code forgetAfter} the last failure. At most {@code maxTracked} keys
 * are kept, so a flood of made-up names cannot fill the memory.
 */
@ConfigurationProperties("governance.sign-in")
public record SignInProperties(
        @DefaultValue("PT3S") Duration delayBase,
        @DefaultValue("2") int delayFactor,
        @DefaultValue("PT60S") Duration maxDelay,
        @DefaultValue("10") int freeFailuresPerClient,
        @DefaultValue("PT15M") Duration forgetAfter,
        @DefaultValue("100000") int maxTracked) {

    /** The wait after the n-th failure past the free ones (n &ge; 1). */
    Duration delayAfter(int failure) {
        double millis = delayBase.toMillis() * Math.pow(delayFactor, Math.min(failure - 1, 30));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }
}
