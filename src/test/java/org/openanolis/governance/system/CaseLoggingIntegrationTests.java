package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowingConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.notification.NotificationDispatcher;
import org.openanolis.governance.notification.Notifications;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A log line written while working on a case carries the case (system/CaseLog), shown by the plain pattern as
 * {@code [SIG_PROPOSAL:<id>]} after the level (or the JSON field {@code "caseId"} under prod's format); the messages
 * themselves write "SIG_PROPOSAL <id>", so either can only come from the logging context. The test turns up the two
 * loggers it reads for its own duration.
 */
@GovernanceTest
@ExtendWith(OutputCaptureExtension.class)
class CaseLoggingIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final String WRITER = Notifications.class.getName();
    private static final String DISPATCHER = NotificationDispatcher.class.getName();

    @Autowired
    LoggingSystem loggingSystem;

    private final Map<String, LogLevel> restore = new HashMap<>();

    @AfterEach
    void restoreLevels() {
        restore.forEach(loggingSystem::setLogLevel);
        restore.clear();
    }

    @Test
    void delegateOpeningTheVoteLogsWithTheCaseItDecides(CapturedOutput output) {
        String id = submit(uniqueName("log-vote"));
        turnUp(WRITER, LogLevel.DEBUG);

        // Triage is completed through /api/tasks/{taskId}: the request's path names no case, the engine does.
        triage(id, "ACCEPT", null);

        assertThat(linesAbout(output, id)).as(output.getOut())
                .anySatisfy(line -> assertThat(line).contains("Wrote").satisfies(carriesCase(id)));
    }

    @Test
    void dispatcherLogsEachMailWithItsCase(CapturedOutput output) {
        turnUp(DISPATCHER, LogLevel.INFO);

        String id = submit(uniqueName("log-mail"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(linesAbout(output, id))
                        .anySatisfy(line -> assertThat(line).contains("Sent notification").satisfies(carriesCase(id))));
    }

    @Test
    void aLineAboutNoCaseShowsNoBrackets(CapturedOutput output) {
        LoggerFactory.getLogger(getClass()).warn("A line about no case in particular");

        assertThat(output.getOut().lines().filter(l -> l.contains("A line about no case in particular")))
                .singleElement().satisfies(line -> assertThat(line).doesNotContain("[:]").doesNotContain("caseId"));
    }

    /**
     * The case from the logging context: in the plain pattern, or as a JSON field should an earlier test class have
     * started a context with prod's JSON logs (logging is set up once per JVM by the last context started).
     */
    private static ThrowingConsumer<String> carriesCase(String id) {
        return line -> assertThat(line).containsAnyOf("[SIG_PROPOSAL:" + id + "]", "\"caseId\":\"" + id + "\"");
    }

    private void turnUp(String logger, LogLevel level) {
        LoggerConfiguration current = loggingSystem.getLoggerConfiguration(logger);
        restore.putIfAbsent(logger, current == null ? null : current.getConfiguredLevel());
        loggingSystem.setLogLevel(logger, level);
    }

    private static List<String> linesAbout(CapturedOutput output, String id) {
        return output.getOut().lines().filter(line -> line.contains(id)).toList();
    }
}
