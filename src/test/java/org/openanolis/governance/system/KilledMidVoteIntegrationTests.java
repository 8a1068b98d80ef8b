package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Readiness;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The application killed ({@code kill -9}) in the middle of a vote and started again on the same H2 file, the
 * default database: the built jar runs as a process of its own, with the demo people, short vote timers and a
 * mail server that is down before the kill and up after it. Nothing the first process accepted may be lost:
 * the ballots, the vote's deadline (it still fires and closes the vote) and the mail that was waiting (all of
 * it delivered afterwards, each notification exactly once by its Message-ID).
 */
class KilledMidVoteIntegrationTests {

    private static final Path JAR = Path.of("target", "sig-governance-0.1.0-SNAPSHOT.jar").toAbsolutePath();
    private static final Duration STARTUP = Duration.ofMinutes(4);
    /** Long enough for the ballots and the kill to happen well before the deadline, short enough to wait for. */
    private static final Duration VOTE_WINDOW = Duration.ofSeconds(60);
    private static final List<String> VOTERS = List.of("alice", "bob", "carol", "dave", "erin");

    @TempDir
    Path workDir;

    private final int httpPort = freePort();
    private final int smtpPort = freePort();
    private final List<Process> processes = new ArrayList<>();
    private GreenMail mailServer;
    private Api api;

    @BeforeEach
    void jarIsBuilt() {
        assertThat(JAR).as("the jar built by 'package' before the integration tests").exists();
        api = new Api(httpPort);
    }

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        if (mailServer != null) {
            mailServer.stop();
        }
    }

    @Test
    void ballotsDeadlineAndWaitingMailSurviveAKillMidVote() throws Exception {
        // First life: the mail server is down, so every notification waits in the outbox.
        Process first = start("first");
        String caseId = submitAndOpenVote();
        for (String member : VOTERS) {
            Api.Answer cast = api.as(member).post("/api/sig-proposals/" + caseId + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).as("%s's ballot: %s", member, cast).isEqualTo(201);
        }
        JsonNode voteBefore = proposal(caseId).path("vote");
        Instant closesAt = Instant.parse(voteBefore.path("closesAt").asText());
        List<JsonNode> waiting = notificationsOf(caseId);
        assertThat(waiting).as("mail written before the kill").isNotEmpty()
                .allSatisfy(n -> assertThat(n.path("status").asText()).isEqualTo("PENDING"));
        assertThat(Instant.now()).as("the deadline is still ahead at the kill").isBefore(closesAt);

        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // Second life on the same file, the mail server up.
        mailServer = new GreenMail(new ServerSetup(smtpPort, null, ServerSetup.PROTOCOL_SMTP));
        mailServer.start();
        start("second");

        JsonNode voteAfter = proposal(caseId).path("vote");
        assertThat(voteAfter.path("closesAt").asText()).isEqualTo(voteBefore.path("closesAt").asText());
        assertThat(voters(voteAfter)).containsExactlyInAnyOrderElementsOf(VOTERS);

        // The deadline fires in the new process: quorum (5 of 7) was met, so the vote closes APPROVED.
        await().atMost(Duration.between(Instant.now(), closesAt).plusMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !proposal(caseId).path("vote").path("outcome").isMissingNode());
        JsonNode closed = proposal(caseId).path("vote");
        assertThat(closed.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(closed.path("approvals").asInt()).isEqualTo(VOTERS.size());
        assertThat(voters(closed)).containsExactlyInAnyOrderElementsOf(VOTERS);

        // Every notification of the case, those that waited and the vote's result, arrives exactly once.
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<JsonNode> all = notificationsOf(caseId);
            return all.size() > waiting.size() && all.stream().allMatch(n -> "SENT".equals(n.path("status").asText()));
        });
        Set<String> expected = notificationsOf(caseId).stream().map(n -> n.path("messageId").asText())
                .collect(Collectors.toSet());
        assertThat(expected).containsAll(waiting.stream().map(n -> n.path("messageId").asText()).toList());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> received(caseId).size() == expected.size());
        assertThat(received(caseId)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Paul proposes a SIG chaired by Quinn and Rita (nobody on the committee recused); Olivia accepts it for a vote. */
    private String submitAndOpenVote() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "sig-survivor");
        body.put("displayName", "Survivor");
        body.put("mission", "Outlive a kill -9.");
        body.put("scopeIn", "Crash recovery");
        body.put("chairs", List.of("quinn", "rita"));
        body.put("securityContact", "quinn");
        body.put("meetingCadence", "BIWEEKLY");
        Api.Answer created = api.as("paul").post("/api/sig-proposals", body);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String caseId = created.field("id");

        JsonNode triage = api.as("olivia").get("/api/tasks").list().stream()
                .filter(t -> caseId.equals(t.path("caseId").asText()) && "SIG_TRIAGE".equals(t.path("kind").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no triage task for " + caseId));
        Api.Answer accepted = api.as("olivia").post("/api/tasks/" + triage.path("id").asText() + "/completion",
                Map.of("outcome", "ACCEPT"));
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(204);
        assertThat(proposal(caseId).path("status").asText()).isEqualTo("VOTING");
        return caseId;
    }

    private JsonNode proposal(String caseId) {
        Api.Answer answer = api.as("admin").get("/api/sig-proposals/" + caseId);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }

    private static List<String> voters(JsonNode vote) {
        List<String> members = new ArrayList<>();
        vote.path("ballots").forEach(b -> members.add(b.path("member").asText()));
        return members;
    }

    private List<JsonNode> notificationsOf(String caseId) {
        return api.as("admin").getAll("/api/admin/notifications").stream()
                .filter(n -> caseId.equals(n.path("caseId").asText())).toList();
    }

    /** The Message-IDs GreenMail received about this case (the subject names the SIG). */
    private List<String> received(String caseId) {
        return Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> subject(m).startsWith("[sig-survivor]"))
                .map(KilledMidVoteIntegrationTests::messageId).toList();
    }

    /**
     * Starts the jar in the work directory, so its default H2 file ({@code ./data/governance}) lives there and the
     * second process finds the first one's; waits until it answers.
     */
    private Process start(String life) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString(),
                "--spring.profiles.active=demo",
                "--server.port=" + httpPort,
                "--governance.base-url=http://localhost:" + httpPort,
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                // The vote closes at its deadline, not early, and no extension is needed: quorum is met.
                "--governance.vote.window=" + VOTE_WINDOW,
                "--governance.vote.min-open=" + VOTE_WINDOW,
                "--governance.vote.extension=" + VOTE_WINDOW,
                // The outage outlasts no retry budget; a dead process's claims and job locks run out quickly.
                "--governance.mail.poll-interval=PT0.5S",
                "--governance.mail.claim-lease=PT10S",
                "--governance.mail.retry.initial-interval=PT1S",
                "--governance.mail.retry.max-interval=PT2S",
                "--governance.mail.retry.max-attempts=1000",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
        Path log = workDir.resolve(life + ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("The " + life + " process ended:\n" + tail(log));
            }
            return Readiness.ready(httpPort);
        });
        return process;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
