package org.openanolis.governance.notification;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One dispatch pass's SMTP connection: opened for the pass's first mail and kept for the rest, because opening and
 * closing a connection per mail (what {@link JavaMailSender#send} does) made the mail server's handshake the outbox's
 * bottleneck. It changes how mails travel, never whether one counts as sent or failed:
 * <ul>
 * <li>a reused connection is probed (NOOP) before each mail, and one the server dropped while idle is replaced
 * before the mail is handed over, so the drop costs no mail a failed attempt;</li>
 * <li>a mail that fails throws as before (a failed attempt for the dispatcher), and its connection is thrown away:
 * after a refusal or a timeout its state is unknown, and an answer arriving late must not be taken for the next
 * mail's.</li>
 * </ul>
 * Not thread-safe: one pass, one thread.
 */
final class MailConnection implements AutoCloseable {

    private final JavaMailSender sender;
    private Transport transport;

    MailConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    /** Sends the mail; returns only once the server has accepted it. */
    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            // A sender we cannot take a session from keeps its own way of connecting.
            sender.send(message);
            return;
        }
        Transport live = live(impl);
        // What JavaMailSenderImpl does before its own send: a date, and the headers (our stable Message-ID) saved.
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        message.saveChanges();
        try {
            live.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            discard();
            throw e;
        }
    }

    /** The open connection if the server still answers on it, otherwise a new one. */
    private Transport live(JavaMailSenderImpl impl) throws MessagingException {
        // isConnected() sends NOOP on an open connection and closes it when the answer is not 250. The server's
        // idle timer starts again with the NOOP, so it does not drop the connection between the probe and the mail.
        if (transport != null && !transport.isConnected()) {
            discard();
        }
        if (transport == null) {
            transport = connect(impl);
        }
        return transport;
    }

    /** Connects as JavaMailSenderImpl would: its session, protocol, host, port and credentials. */
    private static Transport connect(JavaMailSenderImpl impl) throws MessagingException {
        String protocol = impl.getProtocol();
        if (protocol == null) {
            protocol = impl.getSession().getProperty("mail.transport.protocol");
        }
        Transport transport = impl.getSession().getTransport(protocol == null ? "smtp" : protocol);
        String username = impl.getUsername();
        String password = impl.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        transport.connect(impl.getHost(), impl.getPort(), username, password);
        return transport;
    }

    private void discard() {
        Transport broken = transport;
        transport = null;
        if (broken != null) {
            try {
                broken.close();
            } catch (MessagingException | RuntimeException ignored) {
                // Already broken; the next mail opens a new connection whatever this says.
            }
        }
    }

    /** Ends the pass: QUIT and close. A failure here concerns no mail, all of them were answered. */
    @Override
    public void close() {
        discard();
    }
}
