package org.openanolis.governance.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

/**
 * What a request cost, told in its answer: the request thread's CPU, and the statements and transactions it sent,
 * counted for that request alone; the body the handler wrote arrives whole, after the header.
 */
class ServerTimingFilterTests {

    private static final Pattern TIMING = Pattern.compile(
            "cpu;dur=(\\d+\\.\\d{3});desc=\"request thread CPU\", sql;desc=\"(\\d+) statements\", "
                    + "tx;desc=\"(\\d+) transactions\"");

    private final StatementCounter counter = new StatementCounter();
    private final DataSource database = new CountingDataSource(h2(), counter);

    @Test
    void anAnswerTellsTheCpuStatementsAndTransactionsOfItsOwnRequest() throws Exception {
        // Work before the request is not the request's.
        execute("create table ballot (id int primary key)", "insert into ballot values (0)");

        MockHttpServletResponse answer = new MockHttpServletResponse();
        FilterChain handler = (request, response) -> {
            try {
                execute("insert into ballot values (1)", "insert into ballot values (2)", "select count(*) from ballot");
                burnCpuFor(20_000_000L);
                response.getOutputStream().write("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
                response.flushBuffer();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        new ServerTimingFilter().doFilter(new MockHttpServletRequest("POST", "/api/ballots"), answer, handler);

        Matcher timing = TIMING.matcher(answer.getHeader(ServerTimingFilter.HEADER));
        assertThat(timing.matches()).as(answer.getHeader(ServerTimingFilter.HEADER)).isTrue();
        assertThat(Double.parseDouble(timing.group(1))).as("CPU in ms").isGreaterThanOrEqualTo(20.0);
        assertThat(timing.group(2)).as("statements").isEqualTo("3");
        assertThat(timing.group(3)).as("one commit after three statements").isEqualTo("1");
        assertThat(answer.getContentAsString()).isEqualTo("{\"id\":1}");
    }

    @Test
    void workAfterTheRequestIsNotCounted() throws Exception {
        MockHttpServletResponse answer = new MockHttpServletResponse();
        new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/api/tasks"), answer, (q, r) -> { });
        execute("select 1");

        Matcher timing = TIMING.matcher(answer.getHeader(ServerTimingFilter.HEADER));
        assertThat(timing.matches()).isTrue();
        assertThat(timing.group(2)).isEqualTo("0");
        assertThat(timing.group(3)).isEqualTo("0");
    }

    @Test
    void aScrapeOfTheMetricsIsCountedApartFromTheUsersRequests() throws Exception {
        String runner = Thread.currentThread().getName();
        Thread.currentThread().setName("http-nio-8080-exec-7");
        try {
            FilterChain reads = (q, r) -> {
                try {
                    execute("select 1");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
            new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/actuator/prometheus"),
                    new MockHttpServletResponse(), reads);
            new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/api/tasks"),
                    new MockHttpServletResponse(), reads);
            new ServerTimingFilter().doFilter(new MockHttpServletRequest("GET", "/api/tasks"),
                    new MockHttpServletResponse(), reads);
        } finally {
            Thread.currentThread().setName(runner);
        }
        assertThat(counter.statements(StatementCounter.Work.MONITORING)).isEqualTo(1);
        assertThat(counter.transactions(StatementCounter.Work.MONITORING)).isEqualTo(1);
        assertThat(counter.statements(StatementCounter.Work.REQUEST)).isEqualTo(2);
        assertThat(counter.transactions(StatementCounter.Work.REQUEST)).isEqualTo(2);
    }

    /** The statements in one transaction, as the engine and the domain send them. */
    private void execute(String... statements) throws java.sql.SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        }
    }

    private static void burnCpuFor(long nanos) {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() - start < nanos) {
            sink += System.nanoTime() % 7;
        }
        assertThat(sink).isNotNegative();
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:timing-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        return h2;
    }
}
