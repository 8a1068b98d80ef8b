package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 4, part 4, end to end: text built to break out of a mail (markup, expressions, a forged Bcc header) travels
 * from the API through triage into the mails GreenMail receives, and stays text: escaped in HTML, verbatim in the
 * plain part, never a header, never a recipient.
 */
@GovernanceTest
class MailInjectionIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final String EVIL = "evil@example.org";
    /** What a mail may carry as headers: ours, plus what the receiving server adds. */
    private static final Set<String> HEADERS = Set.of("Return-Path", "Received", "Date", "From", "To", "Message-ID",
            "Subject", "MIME-Version", "Content-Type", "Content-Transfer-Encoding");

    @Autowired
    JdbcClient jdbc;

    @Test
    void textThatLooksLikeMarkupOrAHeaderStaysTextInEveryMail() throws Exception {
        String name = uniqueName("inject");
        Map<String, Object> body = proposal(name);
        body.put("displayName", "<script>alert(1)</script> ${7*7} x Bcc: " + EVIL);
        body.put("mission", "#{7*7} [[${T(java.lang.Runtime)}]] x Bcc: " + EVIL + "\nTo: " + EVIL);
        String id = submit("paul", body);
        String comment = "Please fix.\r\nBcc: " + EVIL + "\r\n<img src=x onerror=alert(1)> ${7*7} <script>alert(1)</script> & \"q\"";

        triage(id, "REQUEST_CHANGES", comment);

        Mailbox.awaitCount(greenMail, name, "Changes requested", 1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from notification where case_id = :id and status <> 'SENT'").param("id", id)
                .query(Long.class).single() == 0);
        List<MimeMessage> mails = Mailbox.about(greenMail, name);
        assertThat(mails).isNotEmpty();
        assertThat(greenMail.getReceivedMessagesForDomain(EVIL)).as("nothing delivered to the forged Bcc").isEmpty();
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            assertThat(Mailbox.to(mail)).doesNotContain(EVIL);
        }
        for (MimeMessage mail : mails) {
            for (Header header : Collections.list(mail.getAllHeaders())) {
                assertThat(header.getName()).as("header of %s", Mailbox.subject(mail)).isIn(HEADERS);
                assertThat(header.getValue()).as(header.getName()).doesNotContain(EVIL, "<script", "${");
            }
            assertThat(mail.getRecipients(jakarta.mail.Message.RecipientType.TO)).hasSize(1);
        }

        MimeMessage changes = mails.stream().filter(m -> Mailbox.subject(m).contains("Changes requested")).findFirst()
                .orElseThrow();
        assertThat(Mailbox.subject(changes)).isEqualTo("[" + name + "] Changes requested");
        assertThat(Mailbox.to(changes)).containsExactly("paul@example.org");
        String text = unixLines(Mailbox.part(changes, "text/plain"));
        String html = unixLines(Mailbox.part(changes, "text/html"));
        assertThat(text).contains(unixLines(comment));
        assertThat(html).contains("Bcc: " + EVIL, "&lt;img src=x onerror=alert(1)&gt;",
                        "&lt;script&gt;alert(1)&lt;/script&gt;", "&amp; &quot;q&quot;", "${7*7}")
                .doesNotContain("<img", "<script");
    }

    private static String unixLines(String s) {
        return s.replace("\r\n", "\n");
    }
}
