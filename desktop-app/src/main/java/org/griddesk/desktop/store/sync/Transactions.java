package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.griddesk.desktop.store.StoreAccessException;

/**
 * Runs store work inside the transaction of the current thread when there is one, so that everything the sync
 * engine does inside {@code atomically} commits or rolls back together. Writers are serialised: the update-then-
 * insert upserts below are only safe with one writer at a time.
 */
final class Transactions {

    private final Connections connections;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<Set<Object>> remembered = new ThreadLocal<>();
    private final ReentrantLock writers = new ReentrantLock();

    Transactions(Connections connections) {
        this.connections = connections;
    }

    void atomically(Runnable work) {
        if (current.get() != null) {
            work.run();
            return;
        }
        writers.lock();
        try {
            runInNewTransaction(work);
        } finally {
            writers.unlock();
        }
    }

    <T> T read(String what, SqlWork<T> work) {
        Connection active = current.get();
        try {
            if (active != null) {
                return work.on(active);
            }
            try (Connection connection = connections.connect()) {
                return work.on(connection);
            }
        } catch (SQLException e) {
            throw new StoreAccessException(what, e);
        }
    }

    <T> T write(String what, SqlWork<T> work) {
        Object[] result = new Object[1];
        atomically(() -> result[0] = read(what, work));
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    /**
     * Facts the store remembers until the current transaction ends (and forgets on rollback); outside a
     * transaction a fresh set that remembers nothing.
     */
    Set<Object> remembered() {
        Set<Object> facts = remembered.get();
        return facts != null ? facts : new HashSet<>();
    }

    private void runInNewTransaction(Runnable work) {
        Connection connection;
        try {
            connection = connections.connect();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreAccessException("starting a store transaction", e);
        }
        StatementCache statements = new StatementCache(connection);
        current.set(statements.connection());
        remembered.set(new HashSet<>());
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            rollback(connection);
            throw new StoreAccessException("committing a store transaction", e);
        } catch (RuntimeException | Error e) {
            rollback(connection);
            throw e;
        } finally {
            current.remove();
            remembered.remove();
            statements.close();
            close(connection);
        }
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The original failure is what matters; Derby discards the transaction when the connection closes.
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing after commit or rollback only fails when the store was shut down meanwhile.
        }
    }
}
