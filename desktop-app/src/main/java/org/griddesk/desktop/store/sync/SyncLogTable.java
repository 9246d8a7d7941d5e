package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.griddesk.desktop.store.StoreAccessException;

/** The sync_log table: one row per sync run, opened when it starts and closed with its outcome and counters. */
public final class SyncLogTable {

    private static final int MAX_COUNTERS = 2000;

    private final Connections connections;

    public SyncLogTable(Connections connections) {
        this.connections = connections;
    }

    public long started(Instant at) {
        try (Connection c = connections.connect();
             PreparedStatement i = c.prepareStatement("INSERT INTO sync_log (started_at) VALUES (?)",
                     Statement.RETURN_GENERATED_KEYS)) {
            i.setTimestamp(1, Timestamp.from(at));
            i.executeUpdate();
            try (ResultSet key = i.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreAccessException("recording a sync start", e);
        }
    }

    public void finished(long id, Instant at, String outcome, String counters) {
        try (Connection c = connections.connect();
             PreparedStatement u = c.prepareStatement(
                     "UPDATE sync_log SET finished_at = ?, outcome = ?, counters = ? WHERE id = ?")) {
            u.setTimestamp(1, Timestamp.from(at));
            u.setString(2, outcome);
            u.setString(3, counters.length() > MAX_COUNTERS ? counters.substring(0, MAX_COUNTERS) : counters);
            u.setLong(4, id);
            u.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("recording a sync outcome", e);
        }
    }

    /** The newest runs first. */
    public List<SyncLogRow> recent(int limit) {
        try (Connection c = connections.connect();
             PreparedStatement q = c.prepareStatement(
                     "SELECT id, started_at, finished_at, outcome, counters FROM sync_log ORDER BY id DESC")) {
            q.setMaxRows(limit);
            List<SyncLogRow> rows = new ArrayList<>();
            try (ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    Timestamp finished = row.getTimestamp(3);
                    rows.add(new SyncLogRow(row.getLong(1), row.getTimestamp(2).toInstant(),
                            finished == null ? null : finished.toInstant(), row.getString(4), row.getString(5)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreAccessException("reading the sync log", e);
        }
    }
}
