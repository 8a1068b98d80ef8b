package org.openanolis.governance.election;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code a voter gets for their ballot, shown once: 128 random bits as 26 characters of base32 in groups of four
 * ({@code K7QD-2M4X-...}). It finds the ballot in the published ballots and lets its voter cast again; the server
 * keeps only keyed hashes of it.
 */
record Receipt(String code) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int LENGTH = 26;
    private static final Pattern CODE = Pattern.compile("[A-Z2-7]{" + LENGTH + "}");

    static Receipt fresh() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                code.append(ALPHABET.charAt((buffer >> (held - 5)) & 31));
                held -= 5;
            }
        }
        code.append(ALPHABET.charAt((buffer << (5 - held)) & 31));
        return new Receipt(code.toString());
    }

    /** The receipt as a voter typed it back: groups, spaces and case do not matter; anything else is no receipt. */
    static Optional<Receipt> typed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? Optional.of(new Receipt(code)) : Optional.empty();
    }

    /** The code as shown, in groups of four. */
    String shown() {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
