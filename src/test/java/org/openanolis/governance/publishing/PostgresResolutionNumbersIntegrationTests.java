package org.openanolis.governance.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Resolution numbers on a real PostgreSQL, where nodes of a cluster meet: closings in many transactions at once, each
 * as another node's would be, some rolled back as a closing that fails is. Every committed closing has its own
 * number, the numbers of a year run 001, 002, ... without a gap, and a rolled-back closing left no number behind.
 * Only the register and its tables: the domain's migrations on a fresh database, no application context.
 */
class PostgresResolutionNumbersIntegrationTests {

    private static final Instant CLOSED = Instant.parse("2027-03-01T10:00:00Z");

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static TransactionTemplate transactions;
    private static ResolutionNumbers numbers;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource database = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(database);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
        // Nobody listens here: the register alone is under test.
        numbers = new ResolutionNumbers(new ResolutionRepository(jdbc), event -> { });
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void closingsAtTheSameInstantOnManyNodesGetOneNumberEachWithoutGaps() throws Exception {
        int closings = 24;
        CountDownLatch together = new CountDownLatch(closings);
        ExecutorService nodes = Executors.newFixedThreadPool(closings);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < closings; i++) {
            String vote = "vote-" + i;
            boolean failsAfterwards = i % 4 == 3;
            Callable<String> closing = () -> {
                together.countDown();
                together.await();
                return transactions.execute(status -> {
                    ResolutionEntry entry = numbers.number(vote, "SIG_PROPOSAL", "case-" + vote, "sig-" + vote,
                            "APPROVED", CLOSED);
                    if (failsAfterwards) {
                        // What follows the number in the closing's transaction failed: everything goes back.
                        status.setRollbackOnly();
                    }
                    return entry.number();
                });
            };
            results.add(nodes.submit(closing));
        }
        for (Future<String> result : results) {
            result.get();
        }
        nodes.shutdown();

        List<String> kept = jdbc.sql("select number from resolution where decided_year = 2027 order by seq")
                .query(String.class).list();
        int committed = closings - closings / 4;
        assertThat(kept).as("one number per committed closing, none for a rolled-back one")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, committed)
                        .mapToObj(seq -> String.format("2027-%03d", seq)).toList());
        assertThat(jdbc.sql("select vote_id from resolution where decided_year = 2027").query(String.class).list())
                .doesNotContain("vote-3", "vote-7", "vote-23").hasSize(committed);
    }

    @Test
    void aVoteRecordedTwiceKeepsItsNumberAndANewYearStartsAtOne() {
        ResolutionEntry first = transactions.execute(status -> numbers.number("vote-again", "PARTNER", "p", "Acme",
                "REJECTED", Instant.parse("2029-12-31T23:59:59Z")));
        ResolutionEntry again = transactions.execute(status -> numbers.number("vote-again", "PARTNER", "p", "Acme",
                "REJECTED", Instant.parse("2029-12-31T23:59:59Z")));
        ResolutionEntry nextYear = transactions.execute(status -> numbers.number("vote-new-year", "PARTNER", "p",
                "Acme", "APPROVED", Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(first.number()).isEqualTo("2029-001");
        assertThat(again).isEqualTo(first);
        assertThat(nextYear.number()).as("numbered by the UTC year the vote closed in").isEqualTo("2030-001");
    }
}
