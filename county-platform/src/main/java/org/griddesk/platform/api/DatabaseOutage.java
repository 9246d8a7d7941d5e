package org.griddesk.platform.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached (no connection within the pool's timeout, a connection cut, a server
 * shutting down or starting) from a failure of the request itself: the first is 503 {@code unavailable}, worth
 * trying again; the second stays 500.
 */
final class DatabaseOutage {
    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && outageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08 (connection exception); 57P01-57P03: admin shutdown, crash shutdown, cannot connect now. */
    private static boolean outageState(String state) {
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** The kind of failure only: SQL messages can quote values. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getClass().getSimpleName() + " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return failure.getClass().getSimpleName();
    }
}
