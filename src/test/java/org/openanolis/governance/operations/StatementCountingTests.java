package org.openanolis.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The benchmarks' way of counting what a case asks of the database: off by default, the data source is left as it is;
 * on, every statement and every transaction end is counted, whatever the database, and the counts are metrics.
 */
class StatementCountingTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(StatementCountingConfiguration.class)
            .withBean("dataSource", DataSource.class, StatementCountingTests::database);

    @Test
    void offByDefaultTheDataSourceIsLeftAlone() {
        context.run(started -> {
            assertThat(started.getBean(DataSource.class)).isInstanceOf(JdbcDataSource.class);
            assertThat(started).doesNotHaveBean(StatementCounter.class);
            assertThat(started).as("no Server-Timing header either").doesNotHaveBean("serverTimingFilter");
        });
    }

    @Test
    void whenOnEveryStatementAndTransactionIsCountedAndShownAsMetrics() {
        String runner = Thread.currentThread().getName();
        try {
            countOnThreadsNamedLikeRequestsAndBackgroundWork();
        } finally {
            Thread.currentThread().setName(runner);
        }
    }

    private void countOnThreadsNamedLikeRequestsAndBackgroundWork() {
        context.withPropertyValues("governance.database.count-statements=true").run(started -> {
            DataSource dataSource = started.getBean(DataSource.class);
            assertThat(dataSource).isInstanceOf(CountingDataSource.class);
            assertThat(started).hasBean("serverTimingFilter");
            assertThat(dataSource.unwrap(JdbcDataSource.class)).as("the pool's metrics still find the pool").isNotNull();

            // A request: two statements in one transaction, then one in auto-commit (a transaction of its own).
            Thread.currentThread().setName("http-nio-8080-exec-1");
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table ballot (id int primary key)");
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into ballot values (?)")) {
                    insert.setInt(1, 1);
                    insert.executeUpdate();
                }
                connection.commit();
                connection.setAutoCommit(true);
                new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                        .queryForObject("select count(*) from ballot", Integer.class);
            }
            // Background work: a refused statement still went to the database; a rollback ends its transaction.
            Thread.currentThread().setName("camunda-job-executor-1");
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    assertThatThrownBy(() -> statement.executeUpdate("insert into ballot values (1)"))
                            .as("the database's own exception comes through").isInstanceOf(SQLException.class);
                }
                connection.rollback();
            }

            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            started.getBean(StatementCounter.class).bindTo(registry);
            assertThat(count(registry, "governance.database.statements", "request")).isEqualTo(3);
            assertThat(count(registry, "governance.database.transactions", "request")).isEqualTo(2);
            assertThat(count(registry, "governance.database.statements", "background")).isEqualTo(1);
            assertThat(count(registry, "governance.database.transactions", "background")).isEqualTo(1);
        });
    }

    private static double count(SimpleMeterRegistry registry, String name, String work) {
        return registry.get(name).tag("work", work).functionCounter().count();
    }

    private static DataSource database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:counting-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
