package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openanolis.governance.GovernanceApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Under prod the console carries one JSON object per line (Elastic Common Schema) for the log collector, with the
 * case a line is about as the fields caseType and caseId. The application is started as {@code java -jar} would
 * with prod's settings and one setting it refuses right after logging is set up, so it logs its failure and stops
 * within a second, before any database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void prodLogsOneJsonObjectPerLineWithTheCase(CapturedOutput output) throws IOException {
        Throwable failure;
        try (CaseLog.Scope ignored = CaseLog.of("SIG_PROPOSAL", "4f1c-9a")) {
            failure = catchThrowable(() -> new SpringApplication(GovernanceApplication.class).run(
                    "--spring.profiles.active=prod",
                    "--governance.admin.password=correct-horse-battery",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + closedPort() + "/governance",
                    "--spring.main.web-application-type=no-such-type").close());
        }
        assertThat(failure).isNotNull();

        List<JsonNode> lines = output.getOut().lines().filter(line -> line.startsWith("{")).map(StructuredLogsTests::json).toList();
        assertThat(lines).as(output.getOut()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.path("@timestamp").asText()).isNotBlank();
            assertThat(line.path("log").path("level").asText()).isNotBlank();
            assertThat(line.path("service").path("name").asText()).isEqualTo("sig-governance");
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("log").path("level").asText()).isEqualTo("ERROR");
            assertThat(line.path("caseType").asText()).isEqualTo("SIG_PROPOSAL");
            assertThat(line.path("caseId").asText()).isEqualTo("4f1c-9a");
        });
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("Not one JSON object: " + line, e);
        }
    }

    /** A port nothing listens on: taken from the system and released at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
