package org.openanolis.governance.support;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** What GreenMail received, read the way the tests ask: who got which subject, how often. */
public final class Mailbox {

    private Mailbox() {
    }

    /**
     * The SMTP port of the tests: 3025, or {@code -Dtest.smtp.port=N} so that two builds on one machine
     * do not collide (application-test.yaml reads the same property).
     */
    public static final int PORT = Integer.getInteger("test.smtp.port", 3025);

    public static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** Received messages whose subject starts with {@code [caseName]}. */
    public static List<MimeMessage> about(GreenMailExtension greenMail, String caseName) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).startsWith("[" + caseName + "]")).toList();
    }

    /** Recipients of the messages with this subject about this case, with how many each got. */
    public static Map<String, Long> recipients(GreenMailExtension greenMail, String caseName, String subjectPhrase) {
        return about(greenMail, caseName).stream().filter(m -> subject(m).contains(subjectPhrase))
                .flatMap(m -> to(m).stream()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Waits until the dispatcher has sent this many messages with this subject about this case. */
    public static void awaitCount(GreenMailExtension greenMail, String caseName, String subjectPhrase, long count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() ->
                recipients(greenMail, caseName, subjectPhrase).values().stream().mapToLong(Long::longValue).sum() >= count);
    }

    /** Waits for this many messages, then answers who got them. */
    public static Map<String, Long> awaitRecipients(GreenMailExtension greenMail, String caseName, String subjectPhrase,
                                                    long count) {
        awaitCount(greenMail, caseName, subjectPhrase, count);
        return recipients(greenMail, caseName, subjectPhrase);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> to(MimeMessage m) {
        try {
            Address[] all = m.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one part of this type (text/plain, text/html) of a message, as its recipient reads it. */
    public static String part(MimeMessage mail, String type) {
        List<String> found = new ArrayList<>();
        try {
            collect(mail, type, found);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type + " part, found " + found.size());
        }
        return found.get(0);
    }

    private static void collect(Part part, String type, List<String> found) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            found.add((String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), type, found);
            }
        }
    }
}
