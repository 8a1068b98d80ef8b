package org.openanolis.governance.system;

import java.net.InetAddress;
import java.util.UUID;

/** How a node names itself in an outbox's {@code claimed_by}: its host and a random suffix. */
public final class NodeName {

    private NodeName() {
    }

    /** A fresh name for one claimant: two processes on one host, or two outboxes of one process, differ. */
    public static String fresh() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        if (host.length() > 80) {
            host = host.substring(0, 80);
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
