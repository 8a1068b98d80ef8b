package org.openanolis.governance.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.notification.NotificationRepository.Delivery;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.system.GovernanceProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The outbox end to end: the real context, H2, and a real SMTP server (GreenMail) that the tests stop and start.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=5000",
        "spring.datasource.url=jdbc:h2:mem:notify;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "governance.base-url=https://governance.example.org",
        "governance.mail.poll-interval=PT0.2S",
        "governance.mail.retry.initial-interval=PT0.1S",
        "governance.mail.retry.max-interval=PT0.2S",
        "governance.mail.retry.max-attempts=3"})
@AutoConfigureMockMvc
@WithMockUser(username = "admin", authorities = "camunda-admin")
class NotificationOutboxIntegrationTests {

    private static final int OWN_PORT = Mailbox.PORT + 1;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(OWN_PORT, null, ServerSetup.PROTOCOL_SMTP));

    /**
     * A port of this context's own: the shared test context keeps retrying its mail on the usual port,
     * and none of it may land in the counts here.
     */
    @DynamicPropertySource
    static void ownMailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> OWN_PORT);
    }

    private static final Recipient ALICE = new Recipient("Alice Chen", "alice@example.org");
    private static final Recipient BOB = new Recipient("Bob", "bob@example.org");

    @Autowired Notifications notifications;
    @Autowired NotificationOutbox outbox;
    @Autowired NotificationDispatcher dispatcher;
    @Autowired NotificationRepository repository;
    @Autowired NotificationRenderer renderer;
    @Autowired MailTransport transport;
    @Autowired GovernanceProperties properties;
    @Autowired Clock clock;
    @Autowired GatedMailSender mailSender;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired PlatformTransactionManager transactionManager;

    private TransactionTemplate transaction;
    private String caseId;

    @BeforeEach
    void setUp() {
        ClockUtil.reset();
        transaction = new TransactionTemplate(transactionManager);
        caseId = "sp-" + UUID.randomUUID();
    }

    @Test
    void committedNoticeIsDeliveredOnceToEachAddressWithItsMessageId() throws Exception {
        Recipient aliceAgain = new Recipient("A. Chen", "ALICE@Example.org");

        transaction.executeWithoutResult(status -> notifications.send(notice(NoticeType.VOTE_OPENED, ALICE, BOB, aliceAgain)));

        List<OutboxEntry> rows = rows();
        assertThat(rows).extracting(OutboxEntry::recipientEmail).containsExactly("alice@example.org", "bob@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        // And no second copy follows.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> greenMail.getReceivedMessages().length == 2);

        OutboxEntry toAlice = rows().get(0);
        assertThat(toAlice.messageId()).isEqualTo("<" + toAlice.id() + "@governance.example.org>");
        assertThat(toAlice.attempts()).isEqualTo(1);
        assertThat(toAlice.sentAt()).isNotNull();
        assertThat(toAlice.claimedBy()).isNull();

        List<MimeMessage> received = receivedWithId(toAlice.messageId());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("[sig-confidential-ai] Vote opened");
        assertThat(mail.getFrom()[0].toString()).isEqualTo(properties.mail().fromAddress());
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("Alice Chen <alice@example.org>");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent())
                .contains("Hello Alice Chen,", "https://governance.example.org/sig-proposals/" + caseId);
        assertThat((String) parts.getBodyPart(1).getContent())
                .contains("href=\"https://governance.example.org/sig-proposals/" + caseId + "\"");
    }

    @Test
    void theDispatcherRendersEachMailFromItsRowAndKeepsWhatItSent() throws Exception {
        Recipient liLei = new Recipient("李雷", "lilei@example.org", "zh-CN");
        dispatcher.stop();
        try {
            transaction.executeWithoutResult(status -> notifications.send(notice(NoticeType.VOTE_OPENED, ALICE, liLei)));

            // Written with the subject and what the bodies are made of, in each recipient's language; not rendered.
            assertThat(rows()).extracting(OutboxEntry::language).containsExactly("en", "zh-CN");
            assertThat(rows()).allSatisfy(row -> {
                assertThat(row.subject()).startsWith("[sig-confidential-ai] ");
                assertThat(row.bodyText()).isNull();
                assertThat(row.bodyHtml()).isNull();
                assertThat(row.model()).contains("\"caseUrl\":\"https://governance.example.org/sig-proposals/" + caseId);
            });
        } finally {
            dispatcher.start();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));

        Map<Recipient, OutboxEntry> sent = Map.of(ALICE, rows().get(0), liLei, rows().get(1));
        for (Map.Entry<Recipient, OutboxEntry> mail : sent.entrySet()) {
            OutboxEntry row = mail.getValue();
            RenderedMail rendered = renderer.render(notice(NoticeType.VOTE_OPENED, mail.getKey()), mail.getKey());
            // The row now keeps the bodies it went out with, the same as rendering the notice at once gives.
            assertThat(row.model()).isNull();
            assertThat(row.bodyText()).isEqualTo(rendered.text());
            assertThat(row.bodyHtml()).isEqualTo(rendered.html());
            MimeMultipart parts = (MimeMultipart) receivedWithId(row.messageId()).get(0).getContent();
            assertThat(lines((String) parts.getBodyPart(0).getContent())).isEqualTo(lines(row.bodyText()));
            assertThat(lines((String) parts.getBodyPart(1).getContent())).isEqualTo(lines(row.bodyHtml()));
        }
        assertThat(rows().get(1).bodyText()).contains("李雷").isNotEqualTo(rows().get(0).bodyText());
    }

    @Test
    void aMailThatCannotBeRenderedIsAFailedAttemptAndHoldsUpNoOther() {
        dispatcher.stop();
        try {
            notifications.send(notice(NoticeType.WITHDRAWN, ALICE, BOB));
            String broken = rows().get(0).id();
            jdbc.sql("update notification set model = '{\"caseName\": ' where id = ?").param(broken).update();

            assertThat(dispatcher.dispatchDue()).isEqualTo(1);

            OutboxEntry toAlice = outbox.find(broken).orElseThrow();
            assertThat(toAlice.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(toAlice.attempts()).isEqualTo(1);
            assertThat(toAlice.lastError()).contains("Corrupt mail variables");
            assertThat(rows().get(1).status()).isEqualTo(NotificationStatus.SENT);
            assertThat(greenMail.getReceivedMessages()).extracting(this::messageId)
                    .containsExactly(rows().get(1).messageId());
        } finally {
            // Left, it would end FAILED among the outbox that other tests count.
            jdbc.sql("delete from notification where case_id = ?").param(caseId).update();
            dispatcher.start();
        }
    }

    @Test
    void aRowWrittenWithItsBodiesIsSentAsItIs() throws Exception {
        // As rows written before the dispatcher rendered the mails are: bodies, and no variables.
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        repository.insert(new OutboxEntry(id, NoticeType.VOTE_OPENED, "SIG_PROPOSAL", caseId, "sig-old",
                "old@example.org", null, "[sig-old] Vote opened", "Written whole", "<p>Written whole</p>",
                NotificationStatus.PENDING, 0, now, null, null, null, now, null, "<" + id + "@governance.example.org>",
                null, null));
        dispatcher.wake();

        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        MimeMultipart parts = (MimeMultipart) receivedWithId("<" + id + "@governance.example.org>").get(0).getContent();
        assertThat(lines((String) parts.getBodyPart(0).getContent())).containsExactly("Written whole");
        assertThat(outbox.find(id).orElseThrow().bodyText()).isEqualTo("Written whole");
    }

    @Test
    void rolledBackNoticeLeavesNoRowAndNoMail() {
        transaction.executeWithoutResult(status -> {
            notifications.send(notice(NoticeType.WITHDRAWN, ALICE));
            assertThat(rows()).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(rows()).isEmpty();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> greenMail.getReceivedMessages().length == 0);
    }

    @Test
    void sendingHappensOnTheDispatcherThreadAfterTheCallerReturns() {
        mailSender.closeGate();
        try {
            transaction.executeWithoutResult(status -> notifications.send(notice(NoticeType.SUBMITTED_RECEIPT, ALICE)));

            // The caller is back while the mail server has not been handed the mail.
            await().atMost(Duration.ofSeconds(5)).until(() -> !mailSender.sendingThreads.isEmpty());
            assertThat(rows()).singleElement().extracting(OutboxEntry::status).isEqualTo(NotificationStatus.PENDING);
            assertThat(greenMail.getReceivedMessages()).isEmpty();
            assertThat(mailSender.sendingThreads).doesNotContain(Thread.currentThread().getName())
                    .allMatch("notification-dispatcher"::equals);
        } finally {
            mailSender.openGate();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void failingMailIsRetriedWithBackOffThenFailedAndSentAgainByAnAdministrator() throws Exception {
        dispatcher.stop();
        try {
            greenMail.stop();
            // No transaction here: the row is written at once.
            notifications.send(notice(NoticeType.CHANGES_REQUESTED, ALICE));
            String id = rows().get(0).id();

            assertThat(dispatcher.dispatchDue()).isZero();
            OutboxEntry afterOne = outbox.find(id).orElseThrow();
            assertThat(afterOne.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(afterOne.attempts()).isEqualTo(1);
            assertThat(afterOne.lastError()).isNotBlank();
            assertThat(afterOne.nextAttemptAt()).isAfter(afterOne.createdAt());
            assertThat(afterOne.claimedBy()).isNull();

            // Not due again before its back-off has passed.
            if (clock.instant().isBefore(afterOne.nextAttemptAt())) {
                dispatcher.dispatchDue();
                assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                dispatcher.dispatchDue();
                return outbox.find(id).orElseThrow().attempts() == 2;
            });
            assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(NotificationStatus.PENDING);
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                dispatcher.dispatchDue();
                return outbox.find(id).orElseThrow().status() == NotificationStatus.FAILED;
            });
            assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(3);
            assertThat(outbox.countByStatus().get(NotificationStatus.FAILED)).isPositive();
            // A FAILED notification stays put.
            dispatcher.dispatchDue();
            assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(NotificationStatus.FAILED);
        } finally {
            dispatcher.start();
        }

        greenMail.start();
        String id = rows().get(0).id();
        mvc.perform(get("/api/admin/notifications").param("status", "FAILED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].attempts").value(3));
        mvc.perform(post("/api/admin/notifications/{id}/retry", id).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.attempts").value(0));

        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        assertThat(receivedWithId(rows().get(0).messageId())).hasSize(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    /**
     * The mail server away for a while: every notification written meanwhile waits, is tried again later each
     * time, and once the server is back each one arrives exactly once. (The test drives the rounds itself while
     * the server is away, so the outage stays shorter than max-attempts.)
     */
    @Test
    void mailServerOutageDelaysNotificationsButLosesAndDoublesNone() {
        List<Recipient> committee = IntStream.range(0, 8)
                .mapToObj(i -> new Recipient("Member " + i, "outage" + i + "@example.org")).toList();
        dispatcher.stop();
        try {
            greenMail.stop();
            transaction.executeWithoutResult(status -> notifications.send(
                    new Notice(NoticeType.VOTE_OPENED, "SIG_PROPOSAL", caseId, "sig-confidential-ai", committee, Map.of())));

            assertThat(dispatcher.dispatchDue()).isZero();
            Map<String, Instant> firstRetryAt = rows().stream()
                    .collect(Collectors.toMap(OutboxEntry::id, OutboxEntry::nextAttemptAt));
            assertThat(rows()).hasSize(8).allSatisfy(row -> {
                assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
                assertThat(row.attempts()).isEqualTo(1);
                assertThat(row.lastError()).isNotBlank();
                assertThat(row.claimedBy()).isNull();
            });

            // The second round comes only after the back-off, and waits longer before the third.
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                dispatcher.dispatchDue();
                return rows().stream().allMatch(row -> row.attempts() == 2);
            });
            Duration secondDelay = properties.mail().retry().delayAfter(2);
            assertThat(secondDelay).isGreaterThan(properties.mail().retry().delayAfter(1));
            assertThat(rows()).allSatisfy(row -> {
                assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
                assertThat(Duration.between(firstRetryAt.get(row.id()), row.nextAttemptAt()))
                        .isGreaterThanOrEqualTo(secondDelay);
            });
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        } finally {
            greenMail.start();
            dispatcher.start();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        // And no second copy follows.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> greenMail.getReceivedMessages().length == 8);
        assertThat(rows()).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(3));
        Set<String> expected = rows().stream().map(OutboxEntry::messageId).collect(Collectors.toSet());
        List<String> receivedIds = Arrays.stream(greenMail.getReceivedMessages()).map(this::messageId).toList();
        assertThat(receivedIds).hasSize(8).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void twoDispatchersRacingForTheSameRowsSendEachOnce() throws Exception {
        List<Recipient> committee = IntStream.range(0, 30)
                .mapToObj(i -> new Recipient("Member " + i, "member" + i + "@example.org")).toList();
        NotificationDispatcher nodeA = new NotificationDispatcher(repository, renderer, transport, properties, clock, "node-a");
        NotificationDispatcher nodeB = new NotificationDispatcher(repository, renderer, transport, properties, clock, "node-b");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        dispatcher.stop();
        try {
            transaction.executeWithoutResult(status -> notifications.send(
                    new Notice(NoticeType.VOTE_OPENED, "SIG_PROPOSAL", caseId, "sig-confidential-ai", committee, Map.of())));

            CountDownLatch go = new CountDownLatch(1);
            Future<Integer> a = threads.submit(() -> { go.await(); return nodeA.dispatchDue(); });
            Future<Integer> b = threads.submit(() -> { go.await(); return nodeB.dispatchDue(); });
            go.countDown();

            assertThat(a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS)).isEqualTo(30);
        } finally {
            threads.shutdownNow();
            dispatcher.start();
        }
        assertThat(rows()).hasSize(30).allMatch(row -> row.status() == NotificationStatus.SENT);
        Set<String> expected = rows().stream().map(OutboxEntry::messageId).collect(Collectors.toSet());
        List<String> receivedIds = Arrays.stream(greenMail.getReceivedMessages()).map(this::messageId).toList();
        assertThat(receivedIds).hasSize(30).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aClaimExcludesOtherNodesUntilItsLeaseRunsOut() {
        dispatcher.stop();
        try {
            notifications.send(notice(NoticeType.EXPIRED, ALICE));
            String id = rows().get(0).id();
            Instant now = clock.instant();
            Duration lease = properties.mail().claimLease();

            assertThat(claimedIds(List.of(id), "node-a", now, now.plus(lease))).containsExactly(id);
            assertThat(claimedIds(List.of(id), "node-b", now, now.plus(lease))).isEmpty();
            assertThat(repository.due(now, 1000)).doesNotContain(id);
            Instant afterLease = now.plus(lease).plusSeconds(1);
            assertThat(repository.due(afterLease, 1000)).contains(id);
            assertThat(claimedIds(List.of(id), "node-b", afterLease, afterLease.plus(lease))).containsExactly(id);
            // The node that lost its claim cannot record the outcome.
            assertThat(repository.markSent(List.of(new Delivery(id, now, "text", "<p>html</p>")), "node-a")).containsExactly(id);
            assertThat(repository.markSent(List.of(new Delivery(id, afterLease, "text", "<p>html</p>")), "node-b")).isEmpty();
        } finally {
            dispatcher.start();
        }
    }

    @Test
    void aRowAnotherNodeTriedMeanwhileIsClaimedAsItIsNow() {
        dispatcher.stop();
        try {
            notifications.send(notice(NoticeType.EXPIRED, ALICE));
            Instant now = clock.instant();
            List<String> seenByNodeB = repository.due(now, 1000);
            Duration lease = properties.mail().claimLease();
            // Meanwhile node A claims the row, fails, and its back-off has already passed when node B gets to it.
            String id = claimedIds(seenByNodeB, "node-a", now, now.plus(lease)).get(0);
            repository.markAttemptFailed(id, "node-a", 1, "refused", now, NotificationStatus.PENDING);

            List<OutboxEntry> claimedByNodeB = repository.claim(seenByNodeB, "node-b", now, now.plus(lease));

            assertThat(claimedByNodeB).singleElement().satisfies(row -> {
                assertThat(row.attempts()).isEqualTo(1);
                assertThat(row.claimedBy()).isEqualTo("node-b");
            });
            assertThat(repository.markSent(List.of(new Delivery(id, now, "text", "<p>html</p>")), "node-b")).isEmpty();
            assertThat(repository.find(id).orElseThrow().attempts()).isEqualTo(2);
        } finally {
            dispatcher.start();
        }
    }

    @Test
    void aMailServerTooSlowForTheLeaseGetsNoMoreOfTheBatchAndTheRestIsSentNext() throws Exception {
        Duration lease = properties.mail().claimLease();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        dispatcher.stop();
        try {
            voteOpenedMailTo("slow", 5);
            MovableClock nodeClock = new MovableClock(clock.instant());
            NotificationDispatcher node = new NotificationDispatcher(repository, renderer, transport, properties, nodeClock, "node-slow");
            mailSender.closeGate();
            Future<Integer> pass = thread.submit(node::dispatchDue);
            await().atMost(Duration.ofSeconds(10)).until(() -> !mailSender.sendingThreads.isEmpty());
            // The first mail takes more than half the lease to go through.
            nodeClock.move(lease.dividedBy(2).plusSeconds(1));
            mailSender.openGate();

            assertThat(pass.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(rows()).filteredOn(row -> row.status() == NotificationStatus.SENT).hasSize(1);
            assertThat(rows()).filteredOn(row -> row.status() == NotificationStatus.PENDING).hasSize(4)
                    .allSatisfy(row -> assertThat(row.claimedBy()).isNull());

            assertThat(node.dispatchDue()).isEqualTo(4);
        } finally {
            mailSender.openGate();
            thread.shutdownNow();
            dispatcher.start();
        }
        assertThat(rows()).hasSize(5).allMatch(row -> row.status() == NotificationStatus.SENT);
        List<String> receivedIds = Arrays.stream(greenMail.getReceivedMessages()).map(this::messageId).toList();
        assertThat(receivedIds).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void mailsTheServerHasAreRecordedTogetherAtTheEndOfTheBatchOrWithinASecond() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        dispatcher.stop();
        try {
            voteOpenedMailTo("batch", 3);
            MovableClock nodeClock = new MovableClock(clock.instant());
            NotificationDispatcher node = new NotificationDispatcher(repository, renderer, transport, properties, nodeClock, "node-batch");
            mailSender.closeGate();
            mailSender.letOneThrough();
            Future<Integer> pass = thread.submit(node::dispatchDue);

            // The server has the first mail and the second is on its way: the first waits for the batch's record.
            await().atMost(Duration.ofSeconds(10)).until(() -> mailSender.sendingThreads.size() == 2);
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
            assertThat(rows()).allSatisfy(row -> {
                assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
                assertThat(row.claimedBy()).isEqualTo("node-batch");
            });

            // The second mail takes more than a second: the two the server has are recorded before the third is sent.
            nodeClock.move(Duration.ofSeconds(1));
            mailSender.letOneThrough();
            await().atMost(Duration.ofSeconds(10)).until(() -> mailSender.sendingThreads.size() == 3);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> rows().stream().filter(row -> row.status() == NotificationStatus.SENT).count() == 2);
            assertThat(greenMail.getReceivedMessages()).hasSize(2);

            mailSender.openGate();
            assertThat(pass.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            mailSender.openGate();
            thread.shutdownNow();
            dispatcher.start();
        }
        assertThat(rows()).hasSize(3).allMatch(row -> row.status() == NotificationStatus.SENT && row.attempts() == 1);
        List<String> receivedIds = Arrays.stream(greenMail.getReceivedMessages()).map(this::messageId).toList();
        assertThat(receivedIds).hasSize(3).doesNotHaveDuplicates();
    }

    /** A vote-opened notice to {@code members} people, {@code <prefix>0@example.org} and on, waiting in the outbox. */
    private void voteOpenedMailTo(String prefix, int members) {
        List<Recipient> committee = IntStream.range(0, members)
                .mapToObj(i -> new Recipient("Member " + i, prefix + i + "@example.org")).toList();
        transaction.executeWithoutResult(status -> notifications.send(
                new Notice(NoticeType.VOTE_OPENED, "SIG_PROPOSAL", caseId, "sig-confidential-ai", committee, Map.of())));
    }

    private List<String> claimedIds(List<String> ids, String node, Instant now, Instant until) {
        return repository.claim(ids, node, now, until).stream().map(OutboxEntry::id).toList();
    }

    /** A node's clock that the test moves on, as a slow mail server would. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void administratorsListTheOutboxAndRetryOnlyFailedNotifications() throws Exception {
        // The pages below count the whole outbox: it starts empty, whichever tests ran before.
        jdbc.sql("delete from notification").update();
        transaction.executeWithoutResult(status -> notifications.send(notice(NoticeType.VOTE_RESULT, BOB)));
        await().atMost(Duration.ofSeconds(10)).until(() -> allHaveStatus(NotificationStatus.SENT));
        OutboxEntry sent = rows().get(0);

        mvc.perform(get("/api/admin/notifications").param("status", "SENT"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[0].id").value(sent.id()))
                .andExpect(jsonPath("$[0].to", hasSize(1)))
                .andExpect(jsonPath("$[0].to[0]").value("bob@example.org"))
                .andExpect(jsonPath("$[0].subject").value("[sig-confidential-ai] Vote result: APPROVED"))
                .andExpect(jsonPath("$[0].status").value("SENT"))
                .andExpect(jsonPath("$[0].attempts").value(1))
                .andExpect(jsonPath("$[0].caseType").value("SIG_PROPOSAL"))
                .andExpect(jsonPath("$[0].caseId").value(caseId))
                .andExpect(jsonPath("$[0].messageId").value(sent.messageId()))
                .andExpect(jsonPath("$[0].createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")))
                .andExpect(jsonPath("$[0].sentAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z")));
        mvc.perform(get("/api/admin/notifications").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(header().string("Link", "</api/admin/notifications?page=1&size=1>; rel=\"first\""));
        mvc.perform(get("/api/admin/notifications").param("page", "2").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)))
                .andExpect(header().string("Link", containsString(
                        "</api/admin/notifications?page=1&size=1>; rel=\"prev\"")));
        mvc.perform(get("/api/admin/notifications").param("status", "BOGUS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/admin/notifications").param("size", "201"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(post("/api/admin/notifications/{id}/retry", "no-such-id").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/admin/notifications/{id}/retry", sent.id()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(outbox.find(sent.id()).orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
    }

    private Notice notice(NoticeType type, Recipient... to) {
        return new Notice(type, "SIG_PROPOSAL", caseId, "sig-confidential-ai", List.of(to),
                Map.of("outcome", "APPROVED", "comment", "Please narrow the scope."));
    }

    /** A body's lines, whichever line ends the mail's way there gave them. */
    private static List<String> lines(String body) {
        return body.strip().lines().toList();
    }

    private List<OutboxEntry> rows() {
        return jdbc.sql("select id from notification where case_id = ? order by recipient_email")
                .param(caseId)
                .query(String.class)
                .list()
                .stream()
                .map(id -> outbox.find(id).orElseThrow())
                .toList();
    }

    private boolean allHaveStatus(NotificationStatus status) {
        List<OutboxEntry> rows = rows();
        return !rows.isEmpty() && rows.stream().allMatch(row -> row.status() == status);
    }

    private List<MimeMessage> receivedWithId(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> messageId.equals(messageId(m))).toList();
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The real sender, made from the spring.mail settings, that also notes who sends and can be held back. The hold is
     * in the SMTP transport itself (a protocol of its own in the sender's session), because the dispatcher sends over
     * a transport it keeps for a whole pass, not through {@code send}.
     */
    static class GatedMailSender extends JavaMailSenderImpl {

        private static final String PROTOCOL = "gated-smtp";
        private static volatile GatedMailSender current;

        final List<String> sendingThreads = new CopyOnWriteArrayList<>();
        /** Permits to send while the gate is closed; {@code null} while it is open. */
        private volatile Semaphore gate;

        GatedMailSender() {
            setProtocol(PROTOCOL);
            current = this;
        }

        void closeGate() {
            sendingThreads.clear();
            gate = new Semaphore(0);
        }

        /** Lets one more mail through the closed gate. */
        void letOneThrough() {
            gate.release();
        }

        void openGate() {
            Semaphore closed = gate;
            gate = null;
            if (closed != null) {
                closed.release(Integer.MAX_VALUE / 2);
            }
        }

        @Override
        public synchronized Session getSession() {
            Session session = super.getSession();
            session.addProvider(new Provider(Provider.Type.TRANSPORT, PROTOCOL, GatedTransport.class.getName(),
                    "test", null));
            return session;
        }

        private void hold() {
            sendingThreads.add(Thread.currentThread().getName());
            Semaphore closed = gate;
            if (closed == null) {
                return;
            }
            try {
                closed.tryAcquire(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SMTP, with the mail.smtp settings, that waits at the gate before handing a message over. */
    public static class GatedTransport extends SMTPTransport {

        public GatedTransport(Session session, URLName url) {
            super(session, url, "smtp", false);
        }

        @Override
        public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
            GatedMailSender.current.hold();
            super.sendMessage(message, addresses);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailProperties.class)
    static class MailConfiguration {

        @Bean
        GatedMailSender mailSender(MailProperties mail) {
            GatedMailSender sender = new GatedMailSender();
            sender.setHost(mail.getHost());
            sender.setPort(mail.getPort());
            sender.setDefaultEncoding(mail.getDefaultEncoding().name());
            Properties javaMail = new Properties();
            javaMail.putAll(mail.getProperties());
            sender.setJavaMailProperties(javaMail);
            return sender;
        }
    }
}
