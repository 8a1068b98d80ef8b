package org.openanolis.governance.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being away (stopped, restarting, unreachable, out of connections) from
 * every other failure, so that the API and the portal can answer 503 "try again" instead of 500 "our bug". It reads
 * the cause chain, never message text: Camunda wraps the driver's exception in its own (ProcessEngineException,
 * MyBatis' PersistenceException), Spring in a DataAccessException or a TransactionException, Hikari in an
 * SQLTransientConnectionException once its connection timeout has passed.
 */
public final class DatabaseOutage {

    /** Where Hikari's answer to any call on a connection it has already evicted comes from. */
    private static final String EVICTED_CONNECTION = "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection";

    /** How long a client is asked to wait before trying again (Retry-After, in seconds). */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {
    }

    /** Whether this failure, or anything in its chain of causes, says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && explains(sql.getNextException())) {
                return true;
            }
            // A rollback on a connection that died reports the rollback's own failure ("Connection is closed", no
            // SQLState) as the cause, and keeps the failure that made it roll back on the side.
            if (cause instanceof TransactionSystemException rollback && (rollback.getApplicationException() != null
                    && explains(rollback.getApplicationException()) || onEvictedConnection(rollback))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A commit that failed because the server ended the session is followed by Spring's rollback, which fails in
     * turn: Hikari had already evicted the connection (it evicts exactly on the connection states below) and answers
     * with a bare SQLException, no SQLState. Spring then throws the rollback's failure and only logs the commit's.
     * A managed transaction's connection is closed by nobody else before its rollback, so a rollback refused by an
     * evicted connection means the database went away under the transaction.
     */
    private static boolean onEvictedConnection(TransactionSystemException rollback) {
        if (!(rollback.getCause() instanceof SQLException refused) || refused.getSQLState() != null) {
            return false;
        }
        StackTraceElement[] trace = refused.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().equals(EVICTED_CONNECTION);
    }

    private static boolean isConnectionFailure(Throwable cause) {
        return cause instanceof DataAccessResourceFailureException // includes CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLException sql && isConnectionState(sql.getSQLState());
    }

    /**
     * SQLState class 08 is "connection exception" (refused, broken, closed); 57P01 to 57P03 are PostgreSQL's
     * "admin shutdown", "crash shutdown" and "cannot connect now" (starting up or shutting down).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
