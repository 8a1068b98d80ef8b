package org.openanolis.governance.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver as a bot would run one, on a port of its own on this machine: it records every request with its
 * headers and exact body bytes, and answers 204, or 503 while it is "down". It can also be stopped for real (nothing
 * listens) and started again on the same port.
 */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile boolean answering = true;
    private final AtomicInteger refuseNext = new AtomicInteger();
    private HttpServer server;

    private Receiver(int port) {
        this.port = port;
    }

    /** One request as it arrived. */
    record Received(String deliveryHeader, String eventHeader, String signature, byte[] body, int answeredWith) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        /** Whether the signature header is the HMAC-SHA256 of the body under this secret, compared in constant time. */
        boolean signedWith(String secret) {
            return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                    hmacHex(secret, body).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Listening on a free port of the loopback interface. */
    static Receiver started() throws IOException {
        Receiver receiver = new Receiver(freePort());
        receiver.start();
        return receiver;
    }

    /** A port reserved for a receiver that is not listening yet: calls to it are refused until {@link #start}. */
    static Receiver notListening() throws IOException {
        return new Receiver(freePort());
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/governance";
    }

    synchronized void start() throws IOException {
        HttpServer started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        started.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            boolean refused = !answering || refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            int status = refused ? 503 : 204;
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Governance-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Governance-Event"),
                    exchange.getRequestHeaders().getFirst("X-Governance-Signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        started.start();
        server = started;
    }

    /** Answers 503 (down) or 204 (up) from now on. */
    void answering(boolean up) {
        answering = up;
    }

    /** Answers 503 to the next {@code requests} requests, as a receiver restarting would, then 204 again. */
    void downFor(int requests) {
        refuseNext.set(requests);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests whose body's {@code data} has this value in this field. */
    List<Received> about(String field, String value) {
        return received().stream().filter(r -> value.equals(r.json().path("data").path(field).asText())).toList();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** The HMAC-SHA256 header value computed here, independently of the product's code. */
    static String hmacHex(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
