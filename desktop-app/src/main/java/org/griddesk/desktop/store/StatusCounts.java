package org.griddesk.desktop.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Optional;
import java.time.Instant;

/** The figures of the status bar, read straight from the outbox, conflicts and sync log. */
public final class StatusCounts {

    /** The outcome a sync run records in sync_log when it finished without error. */
    public static final String SYNC_OK = "ok";

    private final SqlSupplier connections;

    StatusCounts(SqlSupplier connections) {
        this.connections = connections;
    }

    /** Records, not field edits: a worker thinks of the households and people still to upload. */
    public long pendingRecords() {
        return count("SELECT COUNT(*) FROM (SELECT DISTINCT record_type, record_id FROM outbox "
                + "WHERE acked_at IS NULL) AS pending");
    }

    public long openConflicts() {
        return count("SELECT COUNT(*) FROM conflicts WHERE status = 'open'");
    }

    public Optional<Instant> lastSuccessfulSync() {
        try (Connection connection = connections.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT MAX(finished_at) FROM sync_log WHERE outcome = '" + SYNC_OK + "'")) {
            row.next();
            Timestamp finished = row.getTimestamp(1);
            return Optional.ofNullable(finished).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new StoreAccessException("reading the last sync", e);
        }
    }

    private long count(String sql) {
        try (Connection connection = connections.connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new StoreAccessException("counting for the status bar", e);
        }
    }
}
