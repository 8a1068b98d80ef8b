package org.openanolis.governance.notification;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands outbox rows to the mail server as multipart/alternative messages (text and HTML) with each row's stable
 * Message-ID, over a {@link MailConnection} that a dispatch pass keeps open for all its mails. Without a configured mail server ({@code spring.mail.host}) it is unavailable and nothing is sent.
 */
@Component
class MailTransport {

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final Clock clock;

    MailTransport(ObjectProvider<JavaMailSender> senders, GovernanceProperties properties, Clock clock) {
        this.senders = senders;
        this.from = properties.mail().fromAddress();
        this.clock = clock;
    }

    /** Whether a mail server is configured. */
    boolean available() {
        return senders.getIfAvailable() != null;
    }

    /**
     * A connection for one dispatch pass, to be closed at its end; it connects on its first mail, so a pass with
     * nothing to send never reaches the server.
     */
    MailConnection open() {
        return new MailConnection(sender());
    }

    /** Sends the mail over the pass's connection; returns only once the server has accepted it. */
    void send(OutboxEntry entry, MailConnection connection) throws MessagingException {
        connection.send(message(entry));
    }

    /** The message as it goes to the server. */
    MimeMessage message(OutboxEntry entry) throws MessagingException {
        return message(sender(), entry);
    }

    private JavaMailSender sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No mail server is configured (spring.mail.host)");
        }
        return sender;
    }

    private MimeMessage message(JavaMailSender sender, OutboxEntry entry) throws MessagingException {
        MimeMessage message = new StableIdMimeMessage(session(sender), entry.messageId());
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(Message.RecipientType.TO, recipient(entry));
        message.setSubject(entry.subject(), UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(entry.bodyText(), UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(entry.bodyHtml(), UTF_8.name(), "html");
        // Least preferred first: clients show the last part they can display.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    private static InternetAddress recipient(OutboxEntry entry) throws MessagingException {
        InternetAddress address = new InternetAddress(entry.recipientEmail(), true);
        String name = entry.recipientName();
        if (name != null && !name.isBlank()) {
            try {
                address.setPersonal(name.replaceAll("\\p{Cntrl}", " ").strip(), UTF_8.name());
            } catch (UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address;
    }

    /** The sender's own session where it has one; the sender transports the message with its settings anyway. */
    private static Session session(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    /**
     * A message that keeps the Message-ID it was given: JavaMail would otherwise make a new one on every save, and a
     * re-sent notification must carry the same id so that clients and lists can recognise it.
     */
    static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
