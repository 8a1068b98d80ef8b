package org.openanolis.governance.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The passwords this node checked a moment ago, so that HTTP Basic, which sends the password with every request,
 * does not pay bcrypt's 60 ms each time. What is kept is no password and no hash anyone else has: an HMAC of user
 * and password under a key drawn at start and held in this node's memory only, with the stored hash it was checked
 * against. A match counts only while the user's stored hash is still the same (a changed password ends it at once)
 * and for at most {@link #TTL}. Only successes are kept: every wrong password is checked, counted and throttled.
 */
@Component
class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    boolean matches(String user, String password, String storedHash) {
        Entry entry = entries.get(user);
        return entry != null && storedHash != null && entry.storedHash().equals(storedHash)
                && clock.instant().isBefore(entry.until())
                && MessageDigest.isEqual(entry.mac(), mac(user, password));
    }

    void remember(String user, String password, String storedHash) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(user, new Entry(mac(user, password), storedHash, clock.instant().plus(TTL)));
    }

    private byte[] mac(String user, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JVM has HmacSHA256", e);
        }
    }

    private record Entry(byte[] mac, String storedHash, Instant until) {
    }
}
