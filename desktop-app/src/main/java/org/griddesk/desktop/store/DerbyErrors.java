package org.griddesk.desktop.store;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Derby wraps the real reason of a failed boot (XJ040) in nested exceptions: the wrong boot password (XBM06)
 * and a database booted by another process (XSDB6) are only visible further down the chain.
 */
final class DerbyErrors {

    static final String WRONG_BOOT_PASSWORD = "XBM06";
    static final String WRONG_OLD_BOOT_PASSWORD = "XBCXA";
    static final String BOOTED_ELSEWHERE = "XSDB6";
    static final String SINGLE_DATABASE_SHUT_DOWN = "08006";

    private DerbyErrors() {
    }

    static StoreFailure classifyBootFailure(SQLException failure) {
        Set<String> states = statesOf(failure);
        if (states.contains(BOOTED_ELSEWHERE)) {
            return StoreFailure.IN_USE;
        }
        if (states.contains(WRONG_BOOT_PASSWORD) || states.contains(WRONG_OLD_BOOT_PASSWORD)) {
            return StoreFailure.WRONG_KEY;
        }
        return StoreFailure.STORAGE;
    }

    static Set<String> statesOf(SQLException failure) {
        Set<String> states = new HashSet<>();
        Set<Throwable> seen = new HashSet<>();
        collect(failure, states, seen);
        return states;
    }

    private static void collect(Throwable failure, Set<String> states, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        if (failure instanceof SQLException sql) {
            if (sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
            collect(sql.getNextException(), states, seen);
        }
        collect(failure.getCause(), states, seen);
    }
}
