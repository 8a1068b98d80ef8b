package org.openanolis.governance.portal;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The colour of a status badge: green for a case that ended well, red for one that ended otherwise, neutral
 * while it is open. Templates call it as {@code ${@badges.of(status)}}; the status text itself is always shown,
 * so colour is never the only signal.
 */
@Component("badges")
public class Badges {

    private static final Set<String> GOOD = Set.of("APPROVED", "ACCEPTED", "LISTED", "SANDBOX", "CERTIFIED", "SEATED");
    private static final Set<String> BAD = Set.of("REJECTED", "WITHDRAWN", "EXPIRED", "REVOKED",
            "CERTIFICATE_EXPIRED", "CANCELLED", "CLOSED", "ANNULLED", "FAILED");

    public String of(Object status) {
        String name = String.valueOf(status);
        return GOOD.contains(name) ? "ok" : BAD.contains(name) ? "bad" : "open";
    }
}
