package org.griddesk.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows of the device's local audit trail (table audit_log), oldest first. */
public final class AuditTable {

    /** One row as stored. */
    public record Row(Instant occurredAt, String actor, String action, String recordType, String recordId,
            String detail) {
    }

    private final SqlSupplier connections;

    AuditTable(SqlSupplier connections) {
        this.connections = connections;
    }

    public void append(Row row) {
        try (Connection connection = connections.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log "
                     + "(occurred_at, actor, action, record_type, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(row.occurredAt()));
            insert.setString(2, row.actor());
            insert.setString(3, row.action());
            insert.setString(4, row.recordType());
            insert.setString(5, row.recordId());
            insert.setString(6, row.detail());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("writing the audit log", e);
        }
    }

    public List<Row> rowsFor(String recordType, String recordId) {
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement("SELECT occurred_at, actor, action, record_type, "
                     + "record_id, detail FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY id")) {
            query.setString(1, recordType);
            query.setString(2, recordId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(new Row(found.getTimestamp(1).toInstant(), found.getString(2), found.getString(3),
                            found.getString(4), found.getString(5), found.getString(6)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreAccessException("reading the audit log", e);
        }
    }
}
