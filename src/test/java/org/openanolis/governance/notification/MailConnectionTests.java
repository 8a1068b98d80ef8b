package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A dispatch pass's mails share one SMTP connection, and a connection the server dropped costs no mail. */
class MailConnectionTests {

    private final GovernanceProperties properties = new GovernanceProperties("http://localhost:8080", null, null,
            new GovernanceProperties.Mail("lists.example.org", null, null, "en", Duration.ofSeconds(5), Duration.ofMinutes(2),
                    new GovernanceProperties.Retry(Duration.ofSeconds(30), 2, Duration.ofMinutes(30), 12)), null, null);

    private GreenMail server;
    private CountingRelay relay;
    private MailTransport transport;

    @BeforeEach
    void startMailServer() throws IOException {
        server = new GreenMail(new ServerSetup(0, "localhost", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        relay = new CountingRelay(server.getSmtp().getPort());
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(relay.port());
        sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        transport = new MailTransport(new StaticListableBeanFactory(Map.of("mailSender", sender))
                .getBeanProvider(JavaMailSender.class), properties, Clock.systemUTC());
    }

    @AfterEach
    void stopMailServer() throws IOException {
        relay.close();
        server.stop();
    }

    @Test
    void aPassSendsAllItsMailsOverOneConnection() throws Exception {
        try (MailConnection pass = transport.open()) {
            for (int i = 1; i <= 5; i++) {
                transport.send(mail(i), pass);
            }
        }

        assertThat(server.getReceivedMessages()).hasSize(5);
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void aPassWithNothingToSendNeverReachesTheServer() {
        try (MailConnection ignored = transport.open()) {
            // The outbox had nothing due.
        }

        assertThat(relay.connections()).isZero();
    }

    @Test
    void aConnectionTheServerDroppedWhileIdleIsReplacedAndTheNextMailStillGoes() throws Exception {
        try (MailConnection pass = transport.open()) {
            transport.send(mail(1), pass);
            relay.dropEveryConnection();

            // No exception: the dispatcher would otherwise count a failed attempt and wait 30 s.
            transport.send(mail(2), pass);
            transport.send(mail(3), pass);
        }

        assertThat(server.getReceivedMessages()).hasSize(3);
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void aMailWhoseServerIsGoneStillFailsSoTheDispatcherCountsTheAttempt() throws Exception {
        try (MailConnection pass = transport.open()) {
            transport.send(mail(1), pass);
            relay.close();
            server.stop();

            // The probe finds the connection dead, the new one is refused: the reconnect hides no failure.
            assertThatThrownBy(() -> transport.send(mail(2), pass)).isInstanceOf(MessagingException.class);
        }
    }

    private static OutboxEntry mail(int n) {
        return new OutboxEntry("n-" + n, NoticeType.VOTE_OPENED, "SIG_PROPOSAL", "sp-1", "sig-x", "alice@example.org",
                "Alice", "[sig-x] Vote opened " + n, "text", "<p>html</p>", NotificationStatus.PENDING, 0, Instant.now(),
                null, null, null, Instant.now(), null, "<n-" + n + "@governance.example.org>", "en", null);
    }

    /** A TCP relay in front of the mail server that counts the connections made and can cut them all. */
    private static final class CountingRelay implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0);
        private final int target;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        CountingRelay(int target) throws IOException {
            this.target = target;
            Thread acceptor = new Thread(this::accept, "counting-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        /** What a mail server does to a connection left idle too long. */
        void dropEveryConnection() throws IOException {
            for (Socket socket : open) {
                socket.close();
            }
            open.clear();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    connections.incrementAndGet();
                    Socket server = new Socket("localhost", target);
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static void pump(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException closed) {
                    // Either side went away: the other follows.
                }
                try {
                    to.close();
                } catch (IOException ignored) {
                    // Already closed.
                }
            }, "counting-relay-pump");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            dropEveryConnection();
        }
    }
}
