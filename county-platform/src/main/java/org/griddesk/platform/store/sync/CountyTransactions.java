package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.griddesk.platform.store.StoreException;

/**
 * Transactions of one county's sync store, bound to the calling thread so that every store call made
 * inside one (by the sync core, the validator, the review queue) runs on the same connection.
 * A nested call joins the transaction already open on the thread.
 */
public final class CountyTransactions {
    private static final int PUSH_LOCK_CLASS = 0x5359; // "SY": keeps other advisory locks from colliding

    private final DataSource dataSource;
    private final String county;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<Map<Object, DeferredWrites>> deferred = new ThreadLocal<>();
    private final ThreadLocal<Map<Object, Object>> lookups = new ThreadLocal<>();

    public CountyTransactions(DataSource dataSource, String county) {
        this.dataSource = dataSource;
        this.county = county;
    }

    public String county() {
        return county;
    }

    /**
     * A writing transaction. It first takes the county's transaction-level advisory lock, so pushes of one
     * county run one after the other: a record read, merged and written back cannot be changed in between.
     */
    public <T> T write(Supplier<T> work) {
        return run(work, false);
    }

    /** A read-only snapshot (repeatable read): one pull page sees one consistent state. */
    public <T> T read(Supplier<T> work) {
        return run(work, true);
    }

    /** The connection of the transaction open on this thread. */
    Connection connection() {
        Connection connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("No sync transaction is open on this thread");
        }
        return connection;
    }

    boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * The deferred writes of {@code owner} in the transaction open on this thread, created on first use.
     * They are flushed before the transaction commits and by {@link #flushDeferred} before any query that
     * must see them; a rollback discards them.
     */
    <W extends DeferredWrites> W deferred(Object owner, Class<W> type, Supplier<W> create) {
        connection();
        return type.cast(deferred.get().computeIfAbsent(owner, key -> create.get()));
    }

    /** The deferred writes of {@code owner} in the transaction open on this thread, if it made any. */
    <W extends DeferredWrites> Optional<W> existingDeferred(Object owner, Class<W> type) {
        Map<Object, DeferredWrites> writes = deferred.get();
        return writes == null ? Optional.empty() : Optional.ofNullable(writes.get(owner)).map(type::cast);
    }

    /** The deferred writes of that type in the transaction open on this thread, whoever made them. */
    <W extends DeferredWrites> Optional<W> existingDeferred(Class<W> type) {
        Map<Object, DeferredWrites> writes = deferred.get();
        return writes == null ? Optional.empty()
                : writes.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * Keeps what a query found for the rest of the transaction open on this thread, as long as the transaction writes
     * nothing it deferred: a lookup of stored rows made before that may miss rows the transaction has since written.
     */
    void keepLookup(Object key, Object found) {
        connection();
        lookups.get().put(key, found);
    }

    /** What {@link #keepLookup} kept under that key, while it still holds. */
    <T> Optional<T> keptLookup(Object key, Class<T> type) {
        Map<Object, Object> kept = lookups.get();
        return kept == null ? Optional.empty() : Optional.ofNullable(kept.get(key)).map(type::cast);
    }

    /** Writes what every store deferred in the open transaction, so that the next query sees it. */
    void flushDeferred() {
        Map<Object, DeferredWrites> writes = deferred.get();
        if (writes == null || writes.isEmpty()) {
            return;
        }
        lookups.get().clear();
        try {
            for (DeferredWrites pending : writes.values()) {
                pending.flush(connection());
            }
        } catch (SQLException e) {
            throw new StoreException("Sync store failure", e);
        }
    }

    private <T> T run(Supplier<T> work, boolean readOnly) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            begin(connection, readOnly);
            current.set(connection);
            deferred.set(new LinkedHashMap<>());
            lookups.set(new HashMap<>());
            try {
                if (!readOnly) {
                    lockCounty(connection);
                }
                T result = work.get();
                flushDeferred();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                deferred.remove();
                lookups.remove();
                if (readOnly) {
                    connection.setReadOnly(false);
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Sync transaction failed", e);
        }
    }

    /** Writes a store keeps in memory until the transaction needs them in the database. */
    interface DeferredWrites {
        /** Writes everything pending and forgets it; called again later, writes only what came since. */
        void flush(Connection connection) throws SQLException;
    }

    /**
     * A writing transaction keeps the pooled connection's READ COMMITTED (PostgreSQL's default, restored after every
     * read and by the pool): the driver sends every isolation change to the server, two round trips per push saved.
     */
    private static void begin(Connection connection, boolean readOnly) throws SQLException {
        connection.setAutoCommit(false);
        if (readOnly) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
    }

    private void lockCounty(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, PUSH_LOCK_CLASS);
            lock.setInt(2, Integer.parseInt(county));
            lock.execute();
        }
    }
}
