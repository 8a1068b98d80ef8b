package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The whole SIG lifecycle on a real PostgreSQL (issue 6, part 1), through the postgres profile exactly as production
 * configures it: the database comes from the GOVERNANCE_DB_* variables, Flyway makes the domain tables, Camunda's own
 * changelog makes the engine's, and the engine's schema-update is off. One embedded PostgreSQL serves the class; the
 * context is closed with it at the end. Runs in a JVM of its own (pom.xml, failsafe execution "postgres"): Camunda's
 * webapps find engines in static registries, which the H2 contexts of the other tests must keep to themselves.
 */
// Declared before @SpringBootTest so that JUnit calls it after Spring has closed the context: the engine and the pool
// leave while the database still answers.
@ExtendWith(PostgresLifecycleIntegrationTests.DatabaseOutlivesTheContext.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLifecycleIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static EmbeddedPostgres postgres;

    @Autowired
    private EngineDriver engine;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ProcessEngine processEngine;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // The variables an operator sets; application-postgres.yaml turns them into the datasource.
        registry.add("GOVERNANCE_DB_URL", () -> "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        registry.add("GOVERNANCE_DB_USER", () -> "postgres");
        registry.add("GOVERNANCE_DB_PASSWORD", () -> "postgres");
    }

    /** Stops the database once Spring has closed the context (after the class, see @DirtiesContext). */
    static class DatabaseOutlivesTheContext implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext extensionContext) throws IOException {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
    }

    @Test
    void proposalBecomesAnActiveSigOnPostgres() throws Exception {
        String name = uniqueName("postgres");
        String id = submit(name);
        assertThat(status(id)).isEqualTo("TRIAGE");

        triage(id, "ACCEPT", null);
        assertThat(status(id)).isEqualTo("VOTING");

        // The whole committee at the same instant: PostgreSQL's row locks must count each ballot once.
        List<Api.Answer> ballots = concurrently(Arrays.stream(COMMITTEE)
                .<Callable<Api.Answer>>map(m -> () -> ballot(m, id, "APPROVE", null)).toList());
        assertThat(ballots).extracting(Api.Answer::status).containsOnly(201);
        assertProblem(ballot("alice", id, "REJECT", "Second thoughts"), 409, "conflict");

        // Decided, yet open until the least time has passed.
        engine.passTime(id, Duration.ofHours(24));
        assertThat(status(id)).isEqualTo("VOTING");
        engine.passTime(id, Duration.ofHours(48));
        assertThat(status(id)).isEqualTo("PROVISIONING");
        JsonNode vote = proposalAs("paul", id).json().path("vote");
        assertThat(vote.path("outcome").asText()).isEqualTo("APPROVED");
        assertThat(vote.path("approvals").asInt()).isEqualTo(7);
        assertThat(vote.path("ballots")).hasSize(7);

        Api.Answer provisioned = complete("olivia", taskId("olivia", id, "SIG_PROVISIONING"), "DONE", null);
        assertThat(provisioned.status()).as("%s", provisioned).isEqualTo(204);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(api.as("rita").get("/api/sigs").list()).filteredOn(s -> name.equals(s.path("name").asText()))
                .singleElement().satisfies(s -> {
                    assertThat(s.path("status").asText()).isEqualTo("ACTIVE");
                    assertThat(texts(s.path("chairs"))).containsExactly("quinn", "rita");
                });

        assertThat(Mailbox.awaitRecipients(greenMail, name, "Proposal received", 1)).containsOnlyKeys("paul@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Triage requested", 1)).containsOnlyKeys("olivia@example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote opened", 7)).hasSize(7).allSatisfy((who, n) -> assertThat(n).isOne());
        assertThat(Mailbox.awaitRecipients(greenMail, name, "Vote result", 9)).hasSize(9)
                .containsKeys("paul@example.org", "community@lists.example.org");
        assertThat(Mailbox.awaitRecipients(greenMail, name, "New SIG approved", 4))
                .containsOnlyKeys("community@lists.example.org", "paul@example.org", "quinn@example.org", "rita@example.org");
        assertThat(jdbc.sql("select count(*) from notification where case_id = :id and status <> 'SENT'")
                .param("id", id).query(Integer.class).single()).as("every notification of the case was sent").isZero();
    }

    @Test
    void twoProposalsForOneNameAtTheSameInstantOpenOnlyOne() throws Exception {
        String name = uniqueName("samename");

        List<Api.Answer> answers = concurrently(Collections.nCopies(4,
                () -> api.as("paul").post("/api/sig-proposals", proposal(name))));

        assertThat(answers).extracting(Api.Answer::status).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void textInAnyScriptIsStoredAsTyped() {
        String name = uniqueName("scripts");
        var body = proposal(name);
        String mission = "Confidential computing 🔒 for AI: 机密计算, конфиденциальные вычисления, حوسبة سرية.";
        body.put("mission", mission);

        String id = submit("paul", body);

        assertThat(proposalAs("paul", id).field("mission")).isEqualTo(mission);
    }

    @Test
    void camundasTablesAreMadeByItsChangelogAndTheEngineLeavesThemAlone() {
        assertThat(processEngine.getProcessEngineConfiguration().getDatabaseSchemaUpdate()).isEqualTo("false");
        assertThat(jdbc.sql("select id from databasechangelog order by orderexecuted").query(String.class).list())
                .startsWith("7.16.0-baseline").contains("7.23-to-7.24", "7.24.0-tag");
        assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list())
                .as("the baseline and each upgrade of the changelog log their version").contains("7.16.0", "7.24.0");
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).contains("1", "2", "3", "3.1", "3.2", "4", "5");
    }
}
