package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Which failures mean "the database is away" (answered 503, retry later) and which stay our bug or the client's
 * (500, 409, ...): built from the exception types the driver, Hikari, Spring and Camunda really throw.
 */
class DatabaseOutageTests {

    /** What Hikari throws once its connection timeout has passed while PostgreSQL refuses connections. */
    private static SQLTransientConnectionException poolTimedOut() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
        return new SQLTransientConnectionException("governance - Connection is not available, request timed out after 5000ms",
                "08001", refused);
    }

    /** What a connection in use says when PostgreSQL shuts down under it (pg_ctl stop -m fast). */
    private static PSQLException terminatedByShutdown() {
        // The server's own error message, field by field as it arrives on the wire: severity, SQLState, text.
        return new PSQLException(new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0"));
    }

    @Test
    void aRequestThatFindsNoConnectionMeansTheDatabaseIsAway() {
        assertThat(DatabaseOutage.explains(poolTimedOut())).isTrue();
        assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                poolTimedOut()))).isTrue();
        assertThat(DatabaseOutage.explains(new CannotCreateTransactionException(
                "Could not open JDBC Connection for transaction", poolTimedOut()))).isTrue();
    }

    @Test
    void springsResourceFailuresAndTheJdbcConnectionExceptionsCountWithoutAnSqlState() {
        assertThat(DatabaseOutage.explains(new DataAccessResourceFailureException("I/O error"))).isTrue();
        assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("no transaction"))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLTransientConnectionException("pool timeout"))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLNonTransientConnectionException("closed"))).isTrue();
    }

    @Test
    void theEngineWrappingTheDriversFailureIsStillTheDatabaseBeingAway() {
        // Camunda's flush: ProcessEngineException <- MyBatis PersistenceException <- the driver's exception.
        ProcessEngineException flushFailed = new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
                new PersistenceException("### Error flushing statements", terminatedByShutdown()));
        assertThat(DatabaseOutage.explains(flushFailed)).isTrue();
        assertThat(DatabaseOutage.explains(new ProcessEnginePersistenceException("ENGINE-03004 Exception while executing query",
                new PersistenceException(poolTimedOut())))).isTrue();
    }

    @Test
    void connectionStatesAndPostgresShutdownStatesCountWhereverTheyAreInTheChain() {
        assertThat(DatabaseOutage.explains(new SQLException("I/O error", PSQLState.CONNECTION_FAILURE.getState()))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("closed", PSQLState.CONNECTION_DOES_NOT_EXIST.getState()))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("crash shutdown", "57P02"))).isTrue();
        assertThat(DatabaseOutage.explains(new SQLException("the database system is starting up", "57P03"))).isTrue();
        // A commit the server never acknowledged: Spring reports it as a failed commit, the cause says why.
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC commit failed",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE))))
                .isTrue();
        // A batch reports its first failure on the chain of "next" exceptions, not as the cause.
        SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
        batch.setNextException(terminatedByShutdown());
        assertThat(DatabaseOutage.explains(batch)).isTrue();
    }

    @Test
    void aRollbackThatFailedOnTheDeadConnectionStillTellsWhyItRolledBack() {
        // What Camunda threw when PostgreSQL went away in the middle of checking a password (seen in
        // PostgresOutageIntegrationTests): the rollback failed too, on Hikari's closed connection.
        ProcessEnginePersistenceException query = new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                new PersistenceException(new PSQLException("An I/O error occurred while sending to the backend.",
                        PSQLState.CONNECTION_FAILURE)));
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(query);

        assertThat(DatabaseOutage.explains(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                rollback))).isTrue();
        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).as("without the failure that caused it").isFalse();
    }

    @Test
    void aRollbackRefusedByAConnectionThePoolHadEvictedMeansTheDatabaseWentAway() throws SQLException {
        // Seen in PostgresOutageIntegrationTests: the commit failed with 57P01, Hikari evicted the connection, and
        // Spring's rollback got Hikari's answer for an evicted connection, which is what Spring threw.
        SQLException refused;
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:evicted");
            Connection connection = pool.getConnection();
            connection.close();
            refused = catchThrowableOfType(SQLException.class, connection::rollback);
        }
        assertThat(refused.getSQLState()).as("Hikari gives no SQLState").isNull();

        assertThat(DatabaseOutage.explains(new TransactionSystemException("JDBC rollback failed", refused))).isTrue();
        assertThat(DatabaseOutage.explains(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                new TransactionSystemException("JDBC rollback failed", refused)))).isTrue();
        assertThat(DatabaseOutage.explains(refused)).as("outside a failed rollback, a use after close is our bug").isFalse();
    }

    @Test
    void aSignInThatCouldNotBeCheckedCarriesTheOutageInItsCause() {
        assertThat(DatabaseOutage.explains(new InternalAuthenticationServiceException("The database is unavailable",
                new ProcessEngineException(poolTimedOut())))).isTrue();
    }

    @Test
    void otherFailuresAreNotAnOutage() {
        assertThat(DatabaseOutage.explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseOutage.explains(new OptimisticLockingException("the case changed"))).isFalse();
        assertThat(DatabaseOutage.explains(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key",
                new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION)))).isFalse();
        assertThat(DatabaseOutage.explains(new BadSqlGrammarException("query", "select nothing",
                new PSQLException("relation does not exist", PSQLState.UNDEFINED_TABLE)))).isFalse();
        // Out of memory or a full disk is not "try again in ten seconds" and is not read from the 57 class as a whole.
        assertThat(DatabaseOutage.explains(new SQLException("canceling statement due to user request", "57014"))).isFalse();
        assertThat(DatabaseOutage.explains(new SQLException("no state"))).isFalse();
    }

    @Test
    void aChainThatLoopsIsReadOnce() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);

        assertThat(DatabaseOutage.explains(first)).isFalse();
    }
}
