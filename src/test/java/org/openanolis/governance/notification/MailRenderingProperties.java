package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.openanolis.governance.support.ApplicationCaseTypes;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 4, part 4: whatever people type (a case name, a comment, a ballot reason), every notice renders to a subject
 * without control characters, an HTML body where markup characters appear only escaped, a text body with the text
 * verbatim, and a message whose only headers are ours. Driven directly, without Spring (a jqwik property cannot run
 * under Spring's JUnit 5 extension); the transport hands its message to a sender that keeps it instead of sending.
 */
class MailRenderingProperties {

    private static final Pattern NOT_IN_A_HEADER = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]");
    private static final Set<String> HEADERS = Set.of("Date", "From", "To", "Message-ID", "Subject", "MIME-Version",
            "Content-Type");
    /** User text always carries the characters that must be escaped, between markers no template contains. */
    private static final String OPEN = "\u00ab";
    private static final String CLOSE = "<b>&\"'\u00bb";

    private final NotificationRenderer renderer = new NotificationRenderer("https://governance.example.org",
            ApplicationCaseTypes.all(), Languages.messageSource(), Languages.ENGLISH);

    @Property(tries = 50)
    void userTextIsEscapedInHtmlVerbatimInTextAndNeverInAHeader(@ForAll NoticeType type, @ForAll("texts") String name,
                                                                 @ForAll("texts") String comment,
                                                                 @ForAll("texts") String reason,
                                                                 @ForAll("texts") String title) throws Exception {
        String caseName = OPEN + name + CLOSE;
        String userComment = OPEN + comment + CLOSE;
        String userReason = OPEN + reason + CLOSE;
        Map<String, Object> model = new HashMap<>();
        model.put("comment", userComment);
        model.put("taskTitle", title);
        model.put("outcome", title);
        model.put("ballots", List.of(Map.of("member", "bob", "vote", "REJECT", "reason", userReason,
                "castAt", Instant.parse("2025-03-01T10:15:00Z"))));
        Notice notice = new Notice(type, "SIG_PROPOSAL", "sp-1", caseName, List.of(), model);

        RenderedMail mail = renderer.render(notice, new Recipient("Alice", "alice@example.org"));

        assertThat(NOT_IN_A_HEADER.matcher(mail.subject()).find()).as("subject %s", mail.subject()).isFalse();
        assertThat(mail.text()).contains(caseName);
        assertThat(mail.html()).contains(escaped(caseName)).doesNotContain(caseName);
        for (String typed : List.of(userComment, userReason)) {
            if (mail.text().contains(typed)) {
                assertThat(mail.html()).contains(escaped(typed)).doesNotContain(typed);
            }
            assertThat(mail.html()).doesNotContain(typed);
        }

        List<String> headerLines = headerLines(mail);
        for (String line : headerLines) {
            if (!line.startsWith(" ") && !line.startsWith("\t")) {
                assertThat(line.substring(0, Math.max(0, line.indexOf(':')))).as("header line %s", line).isIn(HEADERS);
            }
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("\u0000\r\n\t\u001b\u007f\u0085\u2028\u2029\u202e\u200d\ufeff"
                        + "${}#*[]()<>&\"'@~/\\:;=. aZ9\u00e9\u4e2d").ofMaxLength(200),
                Arbitraries.strings().withCharRange('\u0000', '\u02ff').ofMaxLength(200),
                Arbitraries.of("${7*7}", "#{7*7}", "<script>alert(1)</script>", "[[${T(java.lang.Runtime)}]]",
                        "[(${7*7})]", "x\r\nBcc: evil@example.org", "<img src=x onerror=alert(1)>", "\ud83d\ude80"));
    }

    /** The raw header block of the message MailTransport would send for this mail. */
    private static List<String> headerLines(RenderedMail mail) throws Exception {
        JavaMailSenderImpl keeper = new JavaMailSenderImpl();
        @SuppressWarnings("unchecked")
        ObjectProvider<JavaMailSender> senders = mock(ObjectProvider.class);
        when(senders.getIfAvailable()).thenReturn(keeper);
        GovernanceProperties properties = mock(GovernanceProperties.class);
        GovernanceProperties.Mail settings = mock(GovernanceProperties.Mail.class);
        when(properties.mail()).thenReturn(settings);
        when(settings.fromAddress()).thenReturn("governance@example.org");
        MailTransport transport = new MailTransport(senders, properties, Clock.systemUTC());

        MimeMessage message = transport.message(new OutboxEntry("n-1", NoticeType.VOTE_OPENED, "SIG_PROPOSAL", "sp-1",
                "x", "alice@example.org", "Alice", mail.subject(), mail.text(), mail.html(), NotificationStatus.PENDING, 0, null, null, null, null,
                Instant.now(), null, "<n-1@governance.example.org>", "en", null));

        message.saveChanges();
        assertThat(message.getAllRecipients()).hasSize(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        String raw = out.toString(StandardCharsets.UTF_8);
        String head = raw.substring(0, raw.indexOf("\r\n\r\n"));
        return List.of(head.split("\r\n"));
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
