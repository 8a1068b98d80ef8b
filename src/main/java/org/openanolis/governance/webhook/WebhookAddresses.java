package org.openanolis.governance.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.TextRules;

/**
 * Which URLs a webhook may point at: http or https, to a host whose every address is public. A loopback, link-local,
 * private, unique-local, shared (100.64/10), unspecified, multicast or reserved address is refused unless
 * {@code governance.webhooks.allow-private} is on: otherwise an administrator's URL, or a DNS name moved later, would
 * make the server send requests into its own network. Checked at registration and again before each delivery.
 */
class WebhookAddresses {

    private final boolean allowPrivate;
    private final Resolver resolver;

    WebhookAddresses(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    WebhookAddresses(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Looks a host name up; the JDK's resolver, or a test's. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Adds the problem with the URL field {@code field}, if any; true when the URL may be used. */
    boolean check(String field, String url, List<FieldProblem> problems) {
        if (!TextRules.url(field, url, false, true, problems)) {
            return false;
        }
        Optional<String> refusal = refusal(URI.create(url.strip()).getHost());
        refusal.ifPresent(code -> problems.add(FieldProblem.of(field, code)));
        return refusal.isEmpty();
    }

    /**
     * Why a delivery may not go to this URL now, in words for the delivery's last error; empty when it may. The
     * registration checked it, but the name may point elsewhere since.
     */
    Optional<String> refusalOfDelivery(URI url) {
        return refusal(url.getHost()).map(code -> "The host " + url.getHost() + " " + switch (code) {
            case "webhook-unknown-host" -> "does not resolve";
            default -> "resolves to a loopback, link-local or private address";
        });
    }

    /** The problem code for this host, or empty when every address it resolves to may be used. */
    private Optional<String> refusal(String host) {
        // A literal IPv6 host comes in brackets, which the resolver does not take.
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return Optional.of("webhook-unknown-host");
        }
        if (addresses.length == 0) {
            return Optional.of("webhook-unknown-host");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("webhook-private-address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                   // "this network", 0.0.0.0/8
                    && !(first == 100 && (second & 0xc0) == 64)  // shared address space, 100.64.0.0/10
                    && !(first == 198 && (second & 0xfe) == 18)  // benchmarking, 198.18.0.0/15
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && first < 240;                              // reserved and broadcast, 240.0.0.0/4
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            boolean uniqueLocal = (first & 0xfe) == 0xfc;       // fc00::/7
            boolean mappedOrCompatible = isZero(b, 0, 10) && (((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)
                    || isZero(b, 10, 12));
            if (mappedOrCompatible) {
                // ::ffff:a.b.c.d and ::a.b.c.d reach the IPv4 address inside: judge that one.
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return !uniqueLocal;
        }
        return false;
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
