package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.Readiness;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The built jar started as an operator starts it (issue 6, part 1): {@code java -jar … --spring.profiles.active=prod,postgres}
 * with the database and the administrator's password in environment variables. It comes up on an empty PostgreSQL
 * with Camunda's schema made by Camunda's changelog, starts again on the same database without migrating anything
 * twice, and never lets the engine create tables itself.
 */
class PostgresProductionStartIntegrationTests {

    private static final Path JAR = Path.of("target", "sig-governance-0.1.0-SNAPSHOT.jar");
    private static final String ADMIN_PASSWORD = "a-long-production-secret";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private static EmbeddedPostgres postgres;
    private static final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void startDatabase() throws IOException {
        assertThat(JAR).as("the jar that `package` builds before the integration tests").exists();
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopEverything() throws IOException {
        started.forEach(PostgresProductionStartIntegrationTests::stop);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void productionStartsOnAnEmptyPostgresAndAgainOnTheSameDatabase() throws Exception {
        String database = createDatabase("governance_prod");
        JdbcClient jdbc = JdbcClient.create(dataSource(database));

        Node first = start(database, "first-start");
        first.assertServes();
        List<String> changeSets = jdbc.sql("select id from databasechangelog order by orderexecuted").query(String.class).list();
        assertThat(changeSets).as("Camunda's changelog made the engine's tables")
                .startsWith("7.16.0-baseline").contains("7.23-to-7.24", "7.24.0-tag");
        List<String> migrations = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();
        assertThat(migrations).contains("1", "2", "3", "3.1", "3.2", "4", "5");
        assertThat(jdbc.sql("select value_ from act_ge_property where name_ = 'historyLevel'").query(String.class).single())
                .as("history level full").isEqualTo("3");
        stop(first.process());

        Node second = start(database, "second-start");
        second.assertServes();
        assertThat(jdbc.sql("select id from databasechangelog order by orderexecuted").query(String.class).list())
                .as("nothing of Camunda's changelog ran twice").isEqualTo(changeSets);
        assertThat(jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list()).as("no domain migration ran twice").isEqualTo(migrations);
        assertThat(jdbc.sql("select count(*) from act_id_user where id_ = 'admin'").query(Integer.class).single()).isOne();
        stop(second.process());
    }

    @Test
    void productionEngineNeverCreatesItsOwnTables() throws Exception {
        String database = createDatabase("governance_no_changelog");

        // Without the changelog the engine finds no tables; with schema-update off it must refuse, not make them.
        Node node = start(database, "no-changelog", "--spring.liquibase.enabled=false");

        assertThat(node.process().waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the start ends").isTrue();
        assertThat(node.process().exitValue()).isNotZero();
        assertThat(node.log()).contains("ENGINE-03057");
        assertThat(JdbcClient.create(dataSource(database))
                .sql("select count(*) from information_schema.tables where table_name = 'act_ru_execution'")
                .query(Integer.class).single()).isZero();
    }

    // ---- the node ----

    private record Node(Process process, int port, Path logFile) {

        String log() throws IOException {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        }

        /** Waits until the node answers, then checks the portal and the engine REST API for the administrator. */
        void assertServes() throws IOException {
            Api api = new Api(port);
            try {
                Awaitility.await().atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the node stopped with " + process.exitValue() + ":\n" + tail());
                    }
                    return Readiness.ready(port);
                });
            } catch (org.awaitility.core.ConditionTimeoutException timeout) {
                throw new AssertionError("the node did not come up:\n" + tail(), timeout);
            }
            Api.Answer engine = api.as("admin", ADMIN_PASSWORD).get("/engine-rest/engine");
            assertThat(engine.status()).as("%s", engine).isEqualTo(200);
            assertThat(engine.text()).contains("default");
            Api.Answer cleanup = api.as("admin", ADMIN_PASSWORD).get("/engine-rest/history/cleanup/configuration");
            assertThat(cleanup.status()).as("%s", cleanup).isEqualTo(200);
            assertThat(cleanup.field("enabled")).isEqualTo("true");
            assertThat(cleanup.field("batchWindowStartTime")).contains("T01:00:00");
            assertThat(cleanup.field("batchWindowEndTime")).contains("T05:00:00");
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }

    private static Node start(String database, String name, String... extraArguments) throws IOException {
        int port = freePort();
        Path logFile = Files.createTempFile("governance-" + name + "-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC", "-jar", JAR.toString(),
                "--spring.profiles.active=prod,postgres", "--server.port=" + port));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("GOVERNANCE_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database);
        environment.put("GOVERNANCE_DB_USER", "postgres");
        environment.put("GOVERNANCE_DB_PASSWORD", "postgres");
        environment.put("GOVERNANCE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Process process = builder.start();
        started.add(process);
        return new Node(process, port, logFile);
    }

    /** A graceful stop (SIGTERM, as an orchestrator sends), forced if the node does not end within a minute. */
    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String createDatabase(String name) {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        return name;
    }

    private static DataSource dataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
