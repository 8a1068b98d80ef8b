package org.openanolis.governance.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Governance-Signature} header: {@code sha256=} and the lower-case hex HMAC-SHA256 of the exact body
 * bytes, keyed with the webhook's secret in UTF-8. A receiver computes the same over the bytes it received and
 * compares in constant time.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Governance-Signature";
    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** The header's value for this body under this secret. */
    public static String of(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
