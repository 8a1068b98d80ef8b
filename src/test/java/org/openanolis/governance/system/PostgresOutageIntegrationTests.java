package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.notification.NotificationDispatcher;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 6's fault "the database connection dropped and restored": PostgreSQL stops in the middle of the work and
 * starts again on the same data and port, the application keeps running. While it is away every call answers 503
 * within seconds (problem details with Retry-After, or the portal's 503 page), readiness is DOWN and liveness UP;
 * afterwards the same calls succeed without a restart, nothing of a refused call is left half-written, the job
 * executor and the notification dispatcher pick up where they were, and the case goes on to its end with every
 * mail sent once, even the one the mail server took in the instant the database went.
 * <p>
 * Unlike the other tests this context runs the job executor: that it outlives the outage is part of what is
 * checked, so timers here are fired by it, not by the tests. Connections time out after 2 s instead of production's
 * 5 s, so that the calls made during the outage do not make the build slower than it needs to be.
 */
// Declared before @SpringBootTest so that JUnit calls it after Spring has closed the context (as in
// PostgresLifecycleIntegrationTests).
@ExtendWith(PostgresOutageIntegrationTests.DatabaseOutlivesTheContext.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"demo", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresOutageIntegrationTests extends ApiScenario {

    /** The connection timeout of this context; an answer during the outage may take it once, plus some slack. */
    private static final Duration QUICK_ANSWER = Duration.ofSeconds(8);
    /** The SIG creation process (sig/process is the sig module's own; ArchitectureTests keeps it so). */
    private static final String SIG_CREATION = "sigCreation";

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres postgres;
    /** Every mail goes to GreenMail through it, so that a test can act in the instant the server takes one. */
    private static SmtpRelay relay;

    @LocalServerPort
    private int serverPort;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private NotificationDispatcher dispatcher;
    @Autowired
    private ProcessEngine processEngine;
    @Autowired
    private RuntimeService runtimeService;
    @Autowired
    private HistoryService historyService;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        // Our own data directory, kept when the server stops, so that it can start again on the same data.
        dataDirectory = Files.createTempDirectory("governance-outage-");
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
        databasePort = postgres.getPort();
        registry.add("GOVERNANCE_DB_URL", () -> "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        registry.add("GOVERNANCE_DB_USER", () -> "postgres");
        registry.add("GOVERNANCE_DB_PASSWORD", () -> "postgres");
        registry.add("GOVERNANCE_DB_CONNECTION_TIMEOUT", () -> "2000");
        relay = new SmtpRelay(Mailbox.PORT);
        registry.add("spring.mail.port", relay::port);
    }

    /** Stops the database after Spring has closed the context, and removes its data. */
    static class DatabaseOutlivesTheContext implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext extensionContext) throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
            if (dataDirectory != null) {
                FileSystemUtils.deleteRecursively(dataDirectory);
            }
            if (relay != null) {
                relay.close();
            }
        }
    }

    private static volatile boolean databaseAway;

    /** PostgreSQL shuts down (pg_ctl stop -m fast): open sessions are ended, their transactions rolled back. */
    private static void databaseGoesAway() throws IOException {
        postgres.close();
        databaseAway = true;
    }

    /** PostgreSQL starts again on the same data and port, as after a restart or failover by its operator. */
    private void databaseComesBack() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(databasePort).start();
        databaseAway = false;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> probe("readiness").status() == 200);
    }

    /** A test that failed half-way leaves the next one a running database and dispatcher. */
    @AfterEach
    void restore() throws IOException {
        if (databaseAway) {
            databaseComesBack();
        }
        dispatcher.start();
    }

    @Test
    void whileTheDatabaseIsAwayEveryCallAnswers503AndAfterwardsTheCaseGoesOnToItsEnd() throws Exception {
        String name = uniqueName("outage");
        String id = acceptedForVote(name);
        approveBy(id, "alice", "bob", "carol", "dave", "erin", "frank");
        // Another case's mail waits in the outbox when the database goes: the dispatcher is paused while it is written.
        dispatcher.stop();
        String waitingName = uniqueName("waiting");
        String waiting = submit(waitingName);
        assertThat(unsentNotifications(waiting)).isPositive();

        try (Portal grace = new Portal(serverPort); Portal newcomer = new Portal(serverPort)) {
            grace.signIn("grace");

            databaseGoesAway();
            dispatcher.start();

            String refusedName = uniqueName("refused");
            assertDatabaseUnavailable(quickly(() -> api.as("paul").post("/api/sig-proposals", proposal(refusedName))));
            assertDatabaseUnavailable(quickly(() -> ballot("grace", id, "APPROVE", null)));
            assertDatabaseUnavailable(quickly(() -> api.as("olivia").get("/api/tasks")));
            assertUnavailablePage(quickly(() -> grace.open("/tasks")));
            assertUnavailablePage(quickly(() -> grace.open("/sig-proposals/" + id)));
            assertUnavailablePage(quickly(() -> newcomer.signIn("rita")));
            assertThat(quickly(() -> probe("readiness")).status()).as("readiness while the database is away").isEqualTo(503);
            assertThat(quickly(() -> probe("liveness")).json().path("status").asText()).isEqualTo("UP");

            databaseComesBack();

            // Nothing of the refused calls was written.
            assertThat(jdbc.sql("select count(*) from sig_proposal where name = :name").param("name", refusedName)
                    .query(Integer.class).single()).as("proposal refused during the outage").isZero();
            assertThat(ballotsOf("grace", id)).as("Grace's ballot refused during the outage").isZero();
            assertThat(jdbc.sql("select count(*) from case_event where case_id = :id and actor = 'grace'").param("id", id)
                    .query(Integer.class).single()).as("Grace's ballot on the timeline").isZero();
            assertEveryProposalIsWhole();

            // The same calls succeed now, without a restart of the application.
            String accepted = submit(refusedName);
            assertWhole(accepted);
            approveBy(id, "grace");
            assertThat(api.as("olivia").get("/api/tasks").status()).isEqualTo(200);
            assertThat(grace.open("/tasks").getWebResponse().getStatusCode()).isEqualTo(200);
            assertThat(newcomer.signIn("rita").getWebResponse().getStatusCode()).isEqualTo(200);

            // The dispatcher kept polling through the outage: the mail that waited is delivered.
            assertThat(Mailbox.awaitRecipients(greenMail, waitingName, "Proposal received", 1)).containsOnlyKeys("paul@example.org");

            // The job executor kept running too: once the vote's least time has passed, it closes the vote.
            ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(73))));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> status(id).equals("PROVISIONING"));
            assertThat(((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getJobExecutor().isActive()).isTrue();
            Api.Answer provisioned = complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null);
            assertThat(provisioned.status()).as("%s", provisioned).isEqualTo(204);
            assertThat(status(id)).isEqualTo("APPROVED");

            assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote result", 9)).hasSize(9);
            assertThat(Mailbox.awaitRecipients(greenMail, name, "New SIG approved", 4)).hasSize(4);
            assertEveryMailSentOnce(List.of(id, waiting, accepted));
        }
    }

    @Test
    void requestsCaughtByTheOutageAreEitherWhollyDoneOrNotAtAll() throws Exception {
        // Four proposers keep submitting; the database stops under them and comes back.
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        AtomicBoolean proposing = new AtomicBoolean(true);
        ExecutorService proposers = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            proposers.execute(() -> {
                while (proposing.get()) {
                    String name = uniqueName("inflight");
                    Instant sent = Instant.now();
                    attempts.add(new Attempt(name, sent, api.as("paul").post("/api/sig-proposals", proposal(name))));
                }
            });
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> attempts.stream().filter(a -> a.answer().status() == 201).count() >= 8);

        databaseGoesAway();
        Instant gone = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts.stream().filter(a -> a.sent().isAfter(gone)).count() >= 4);
        proposing.set(false);
        proposers.shutdown();
        assertThat(proposers.awaitTermination(30, TimeUnit.SECONDS)).as("every proposer had its answer").isTrue();
        databaseComesBack();

        assertThat(attempts).extracting(a -> a.answer().status()).as("answers, never a 500").containsOnly(201, 503);
        for (Attempt attempt : attempts) {
            String id = proposalIdNamed(attempt.name());
            if (attempt.answer().status() == 201) {
                assertThat(id).as("accepted %s", attempt.name()).isEqualTo(attempt.answer().field("id"));
                assertWhole(id);
            } else {
                assertThat(attempt.answer().headers().getFirst("Retry-After")).isNotBlank();
                if (attempt.sent().isAfter(gone)) {
                    assertThat(id).as("%s, sent while the database was away", attempt.name()).isNull();
                } else if (id != null) {
                    // Committed just as the database went, the answer lost on the way: whole all the same.
                    assertWhole(id);
                }
            }
        }
        assertEveryProposalIsWhole();
    }

    @Test
    void aMailTheServerTookJustAsTheDatabaseWentIsRecordedOnceItIsBackAndNotSentAgain() throws Exception {
        // The case's mail waits while the dispatcher is paused; the database goes away in the instant the mail
        // server accepts the first of them, before the dispatcher hears so and records it as sent.
        dispatcher.stop();
        String id = submit(uniqueName("midsend"));
        relay.beforeNextAcceptance(() -> {
            try {
                databaseGoesAway();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        dispatcher.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> databaseAway);

        databaseComesBack();

        // The dispatcher held on to the sent mail until it could record it: sent once, and not again.
        assertEveryMailSentOnce(List.of(id));
    }

    private record Attempt(String name, Instant sent, Api.Answer answer) {
    }

    private Api.Answer probe(String group) {
        return api.anonymous().get("/actuator/health/" + group);
    }

    /** Runs the call and insists on an answer within {@link #QUICK_ANSWER}: a call must fail fast, never hang. */
    private static <T> T quickly(Supplier<T> call) throws Exception {
        return CompletableFuture.supplyAsync(call).get(QUICK_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void assertDatabaseUnavailable(Api.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(503);
        assertThat(answer.contentType().toString()).startsWith("application/problem+json");
        assertThat(answer.field("title")).isEqualTo("The database is unavailable");
        assertThat(answer.field("type")).endsWith("/problems/database-unavailable");
        assertThat(answer.field("detail")).contains("try again");
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
    }

    private static void assertUnavailablePage(HtmlPage page) {
        assertThat(page.getWebResponse().getStatusCode()).as(page.asNormalizedText()).isEqualTo(503);
        assertThat(page.getWebResponse().getResponseHeaderValue("Retry-After"))
                .isEqualTo(Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        assertThat(page.<HtmlElement>getFirstByXPath("//h1").getTextContent()).isEqualTo("Back in a moment");
        assertThat(page.asNormalizedText()).contains("try again in a few seconds");
    }

    private String proposalIdNamed(String name) {
        return jdbc.sql("select id from sig_proposal where name = :name").param("name", name).query(String.class)
                .optional().orElse(null);
    }

    /** A submitted proposal is whole: its row, its process, its timeline entry and its mails, all or nothing. */
    private void assertWhole(String id) {
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SIG_CREATION)
                .processInstanceBusinessKey(id).count()).as("process of %s", id).isOne();
        assertThat(jdbc.sql("select count(*) from case_event where case_type = :type and case_id = :id and event = 'SUBMITTED'")
                .param("type", SigProposal.CASE_TYPE).param("id", id).query(Integer.class).single())
                .as("timeline of %s", id).isOne();
        assertThat(jdbc.sql("select count(*) from notification where case_id = :id").param("id", id).query(Integer.class)
                .single()).as("mails of %s", id).isPositive();
    }

    /** Across the whole database, nothing of a proposal stands without the rest of it. */
    private void assertEveryProposalIsWhole() {
        List<String> proposals = jdbc.sql("select id from sig_proposal").query(String.class).list();
        List<String> processes = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SIG_CREATION).list().stream().map(p -> p.getBusinessKey()).toList();
        assertThat(processes).as("one process per proposal").containsExactlyInAnyOrderElementsOf(proposals);
        assertThat(jdbc.sql("select distinct case_id from case_event where case_type = :type")
                .param("type", SigProposal.CASE_TYPE).query(String.class).list())
                .as("timeline entries of proposals").containsExactlyInAnyOrderElementsOf(proposals);
        assertThat(jdbc.sql("select distinct case_id from notification where case_type = :type")
                .param("type", SigProposal.CASE_TYPE).query(String.class).list())
                .as("mails of proposals").isSubsetOf(proposals);
    }

    private int unsentNotifications(String caseId) {
        return jdbc.sql("select count(*) from notification where case_id = :id and status <> 'SENT'").param("id", caseId)
                .query(Integer.class).single();
    }

    private int ballotsOf(String member, String caseId) {
        return jdbc.sql("select count(*) from ballot b join vote v on v.id = b.vote_id where v.case_id = :id and b.member = :member")
                .param("id", caseId).param("member", member).query(Integer.class).single();
    }

    /** Every notification of the cases reached the mail server exactly once, told apart by its Message-ID. */
    private void assertEveryMailSentOnce(List<String> caseIds) {
        await().atMost(Duration.ofSeconds(20)).until(() -> caseIds.stream().mapToInt(this::unsentNotifications).sum() == 0);
        List<String> messageIds = new ArrayList<>();
        for (String caseId : caseIds) {
            messageIds.addAll(jdbc.sql("select message_id from notification where case_id = :id").param("id", caseId)
                    .query(String.class).list());
        }
        Map<String, Long> received = Arrays.stream(greenMail.getReceivedMessages())
                .map(PostgresOutageIntegrationTests::messageId)
                .filter(messageIds::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received).as("each mail received once").containsOnlyKeys(messageIds).allSatisfy((m, n) -> assertThat(n).isOne());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
