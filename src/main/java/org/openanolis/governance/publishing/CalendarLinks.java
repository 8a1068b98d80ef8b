package org.openanolis.governance.publishing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * The secret links of the private calendars: a person's link ends in a random token (256 bits, base64url) that only
 * its SHA-256 is kept of, so the database never holds a working link. The token is shown once, when it is made;
 * making a new one replaces the old, which stops working at once.
 */
@Service
@RequiredArgsConstructor
public class CalendarLinks {

    private static final Pattern TOKEN = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    /** A new token for the person's calendar link, replacing any they had: answered here and never again. */
    @Transactional
    public String renew(String person) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("delete from calendar_link where person_id = :p").param("p", person).update();
        jdbc.sql("insert into calendar_link (person_id, token_hash, created_at) values (:p, :h, :at)")
                .param("p", person).param("h", hash(token)).param("at", Timestamp.from(clock.instant())).update();
        return token;
    }

    /** The person whose link ends in this token; empty for a token never made, replaced, or not even well-formed. */
    public Optional<String> personOf(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select person_id from calendar_link where token_hash = :h").param("h", hash(token))
                .query(String.class).optional();
    }

    /** When the person's current link was made; empty when they have none. */
    public Optional<Instant> madeAt(String person) {
        return jdbc.sql("select created_at from calendar_link where person_id = :p").param("p", person)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
