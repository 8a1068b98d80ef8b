package org.openanolis.governance.election;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An election's two keys (hex), each hashing a receipt its own way: the ballot's key names the ballot in the published
 * ballots, the participation key proves that a voter who casts again holds the receipt of their own ballot. Two
 * hashes of one receipt under different keys cannot be matched without the receipt, which is never stored.
 */
record BallotKeys(String ballotKey, String participationKey) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static BallotKeys fresh() {
        return new BallotKeys(randomHex(), randomHex());
    }

    /** The name of the ballot cast with this receipt, as the published ballots show it. */
    String ballotHash(Receipt receipt) {
        return hmac(ballotKey, receipt);
    }

    /** What the "has voted" record keeps of the receipt. */
    String participationCheck(Receipt receipt) {
        return hmac(participationKey, receipt);
    }

    /** HMAC-SHA256 of the receipt's code under the hex key, in lower-case hex: anyone given the key can recompute it. */
    static String hmac(String hexKey, Receipt receipt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(receipt.code().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String randomHex() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
