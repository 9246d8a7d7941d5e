package org.griddesk.desktop.service.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The device's local audit trail (table audit_log): who read a full identity or phone number, and when.
 * Only the record is named, never the number itself.
 */
public final class AuditLog {

    public static final String REVEAL_ID = "reveal_id";
    public static final String REVEAL_PHONE = "reveal_phone";
    public static final String EXPORT_FULL = "export_full";

    /** Hands out a connection to the open store for one unit of work. */
    @FunctionalInterface
    public interface Connections {
        Connection connect() throws SQLException;
    }

    private final Connections connections;
    private final Clock clock;

    public AuditLog(Connections connections, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void record(String actor, String action, String recordType, String recordId, String detail) {
        try (Connection connection = connections.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log "
                     + "(occurred_at, actor, action, record_type, record_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, recordType);
            insert.setString(5, recordId);
            insert.setString(6, detail);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new RegistryException("the audit log could not be written", e);
        }
    }

    public List<AuditEntry> entriesFor(String recordType, String recordId) {
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement("SELECT occurred_at, actor, action, record_type, "
                     + "record_id, detail FROM audit_log WHERE record_type = ? AND record_id = ? ORDER BY id")) {
            query.setString(1, recordType);
            query.setString(2, recordId);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new RegistryException("the audit log could not be read", e);
        }
    }
}
