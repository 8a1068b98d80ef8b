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
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && explains(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
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
