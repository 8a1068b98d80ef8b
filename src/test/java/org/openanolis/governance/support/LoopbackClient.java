package org.openanolis.governance.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client at another address of the loopback range (127.0.0.2, say), so the application sees a second
 * client: the JDK's HTTP client cannot choose its own address. One plain HTTP/1.1 request per connection, enough for
 * sign-in answers.
 */
public final class LoopbackClient {

    private final String address;
    private final int port;

    public LoopbackClient(String address, int port) {
        this.address = address;
        this.port = port;
    }

    /** A GET with HTTP Basic credentials; answers the status and the headers (names in lower case). */
    public Answer get(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String request = "GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                + credentials + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new AssertionError("No answer to " + path + " from " + address, e);
        }
    }

    private static Answer parse(byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        String[] lines = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n"))).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
        }
        return new Answer(status, headers);
    }

    /** The status and headers of one answer. */
    public record Answer(int status, Map<String, String> headers) {
    }
}
