package org.openanolis.governance.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import lombok.extern.slf4j.Slf4j;

/**
 * Slows down whoever keeps giving wrong passwords, never the account's owner. Lock-out is no penalty here: user ids
 * are public, so a lock anyone can set is a way to keep any member, the chair or the administrator out. Instead the
 * failing client waits: per account it tried (from the first failure) and, past a few free failures, for every
 * account (a client spraying guesses over many names). The same account signs in at once from any other client.
 * A success clears the client's count on that account, not the client's own count, which only time clears, so a
 * client cannot clear it by signing in to an account of its own between guesses.
 *
 * <p>The counts live in this node's memory: each node of a cluster throttles on its own, so a client spread over
 * n nodes gets n times the tries; the delays still grow on each. Every failure and every throttled attempt is logged
 * with the account and the client's address.
 */
@Slf4j
@Component
public class SignInThrottle {

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<AccountAtClient, Failures> byAccountAndClient = new ConcurrentHashMap<>();
    private final Map<String, Failures> byClient = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long this client must still wait before it may try this account, if at all. */
    public Optional<Duration> waitFor(String account, String client) {
        Instant now = clock.instant();
        Duration wait = max(remaining(byAccountAndClient.get(key(account, client)), now),
                remaining(byClient.get(client), now));
        if (wait.isZero()) {
            return Optional.empty();
        }
        log.warn("Sign-in as {} from {} throttled for another {} s", printable(account), client, seconds(wait));
        return Optional.of(wait);
    }

    /** A wrong password (or an unknown account) from this client. */
    public void failed(String account, String client) {
        Instant now = clock.instant();
        forgetOldOnesIfFull(now);
        Failures onAccount = byAccountAndClient.compute(key(account, client), (k, f) -> next(f, now, 0));
        Failures fromClient = byClient.compute(client, (k, f) -> next(f, now, properties.freeFailuresPerClient()));
        log.warn("Sign-in as {} from {} failed ({} in a row on this account, {} from this client)", printable(account), client,
                onAccount.count(), fromClient.count());
    }

    /** The right password: this client's count on this account starts again. */
    public void succeeded(String account, String client) {
        byAccountAndClient.remove(key(account, client));
    }

    private Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || isForgotten(previous, now) ? 1 : previous.count() + 1;
        Instant until = count > free ? now.plus(properties.delayAfter(count - free)) : null;
        return new Failures(count, now, until);
    }

    private boolean isForgotten(Failures failures, Instant now) {
        return failures.last().plus(properties.forgetAfter()).isBefore(now);
    }

    private void forgetOldOnesIfFull(Instant now) {
        if (byAccountAndClient.size() + byClient.size() < properties.maxTracked()) {
            return;
        }
        byAccountAndClient.values().removeIf(f -> isForgotten(f, now));
        byClient.values().removeIf(f -> isForgotten(f, now));
        if (byAccountAndClient.size() + byClient.size() >= properties.maxTracked()) {
            // Still full of fresh names: an attack on many accounts at once. Keeping the clients' counts slows it still.
            byAccountAndClient.clear();
        }
    }

    private static Duration remaining(Failures failures, Instant now) {
        return failures == null || failures.until() == null || !failures.until().isAfter(now) ? Duration.ZERO : Duration.between(now, failures.until());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whole seconds, rounded up, as Retry-After wants them. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static AccountAtClient key(String account, String client) {
        return new AccountAtClient(account, client);
    }

    /** A name as typed, fit for one line of the log: no control characters, no novel. */
    private static String printable(String typed) {
        String line = typed.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 64 ? line.substring(0, 64) + "…" : line;
    }

    private record AccountAtClient(String account, String client) {
    }

    /** {@code until} is null while the failures are still free. */
    private record Failures(int count, Instant last, Instant until) {
    }
}
