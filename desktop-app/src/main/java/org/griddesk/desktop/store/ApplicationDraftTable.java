package org.griddesk.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application drafts (table application_drafts, one JSON body per draft) and the status of each application as
 * the worker last acknowledged it (table application_seen).
 */
public final class ApplicationDraftTable {

    private final SqlSupplier connections;

    ApplicationDraftTable(SqlSupplier connections) {
        this.connections = connections;
    }

    public void save(String id, String residentId, String templateId, String body, Instant updatedAt) {
        try (Connection connection = connections.connect()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE application_drafts SET body = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, body);
                update.setTimestamp(2, Timestamp.from(updatedAt));
                update.setString(3, id);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application_drafts "
                    + "(id, resident_id, template_id, body, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, residentId);
                insert.setString(3, templateId);
                insert.setString(4, body);
                insert.setTimestamp(5, Timestamp.from(updatedAt));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreAccessException("saving an application draft", e);
        }
    }

    public Optional<String> body(String id) {
        return bodies("SELECT body FROM application_drafts WHERE id = ?", id).stream().findFirst();
    }

    /** Newest first. */
    public List<String> bodies() {
        return bodies("SELECT body FROM application_drafts ORDER BY updated_at DESC", null);
    }

    public void delete(String id) {
        change("DELETE FROM application_drafts WHERE id = ?", id, null);
    }

    public Map<String, String> seenStatuses() {
        Map<String, String> seen = new LinkedHashMap<>();
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement("SELECT id, status FROM application_seen");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                seen.put(rows.getString(1), rows.getString(2));
            }
            return seen;
        } catch (SQLException e) {
            throw new StoreAccessException("reading seen application statuses", e);
        }
    }

    public void markSeen(String id, String status) {
        if (change("UPDATE application_seen SET status = ? WHERE id = ?", status, id) == 0) {
            change("INSERT INTO application_seen (status, id) VALUES (?, ?)", status, id);
        }
    }

    private int change(String sql, String first, String second) {
        try (Connection connection = connections.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            if (second != null) {
                statement.setString(2, second);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("changing application drafts", e);
        }
    }

    private List<String> bodies(String sql, String id) {
        List<String> bodies = new ArrayList<>();
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (id != null) {
                query.setString(1, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
            }
            return bodies;
        } catch (SQLException e) {
            throw new StoreAccessException("reading application drafts", e);
        }
    }
}
