package org.openanolis.governance.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Camunda's password hashes as bcrypt (Spring Security's encoder), stored as {@code {BCRYPT}$2a$10$…}. Camunda hands
 * over the password with its own salt appended; bcrypt reads at most 72 bytes (Spring refuses more), so that text is
 * first reduced to its SHA-256 in Base64 (44 characters): long passwords keep every character they have. Strength 10
 * costs about 60 ms of CPU a check on this project's 2-core machine (strength 12: 240 ms); sign-ins that repeat a
 * password just checked skip it ({@link VerifiedCredentials}).
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";
    static final int STRENGTH = 10;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(STRENGTH);

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(reduced(password));
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(reduced(password), encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    private static String reduced(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
