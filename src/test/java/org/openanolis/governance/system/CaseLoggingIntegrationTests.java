package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * A log line written while working on a case carries the case (system/CaseLog), shown by the plain pattern as
 * {@code [SIG_PROPOSAL:<id>]} after the level; the messages themselves write "SIG_PROPOSAL <id>", so the bracket
 * can only come from the logging context. The test turns up the two loggers it reads for its own duration.
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

    private final java.util.Map<String, LogLevel> restore = new java.util.HashMap<>();

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
                .anySatisfy(line -> assertThat(line).contains("Wrote").contains("[SIG_PROPOSAL:" + id + "]"));
    }

    @Test
    void dispatcherLogsEachMailWithItsCase(CapturedOutput output) {
        turnUp(DISPATCHER, LogLevel.INFO);

        String id = submit(uniqueName("log-mail"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(linesAbout(output, id))
                        .anySatisfy(line -> assertThat(line).contains("Sent notification").contains("[SIG_PROPOSAL:" + id + "]")));
    }

    @Test
    void aLineAboutNoCaseShowsNoBrackets(CapturedOutput output) {
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("A line about no case in particular");

        assertThat(output.getOut().lines().filter(l -> l.contains("A line about no case in particular")))
                .singleElement().satisfies(line -> assertThat(line).containsPattern(" WARN \\d+ --- ").doesNotContain("[:]"));
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
