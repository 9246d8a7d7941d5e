package org.griddesk.desktop.service.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.registry.AuditLog;

/** Drafts in the encrypted store's {@code application_drafts} table, and the statuses the worker has seen. */
public final class ApplicationDrafts {

    private final AuditLog.Connections connections;

    public ApplicationDrafts(AuditLog.Connections connections) {
        this.connections = connections;
    }

    public void save(ApplicationDraft draft) {
        String body = DraftJson.write(draft);
        try (Connection connection = connections.connect()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE application_drafts SET body = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, body);
                update.setTimestamp(2, Timestamp.from(draft.updatedAt()));
                update.setString(3, draft.id());
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application_drafts "
                    + "(id, resident_id, template_id, body, updated_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, draft.id());
                insert.setString(2, draft.residentId());
                insert.setString(3, draft.templateId());
                insert.setString(4, body);
                insert.setTimestamp(5, Timestamp.from(draft.updatedAt()));
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new ApplicationStoreException("a draft could not be saved", e);
        }
    }

    public Optional<ApplicationDraft> find(String id) {
        List<ApplicationDraft> found = query("SELECT body FROM application_drafts WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /** Newest first. */
    public List<ApplicationDraft> all() {
        return query("SELECT body FROM application_drafts ORDER BY updated_at DESC", null);
    }

    public void discard(String id) {
        update("DELETE FROM application_drafts WHERE id = ?", id, null);
    }

    /** The status of each application as the worker last acknowledged it. */
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
            throw new ApplicationStoreException("seen statuses could not be read", e);
        }
    }

    public void markSeen(String id, String status) {
        if (update("UPDATE application_seen SET status = ? WHERE id = ?", status, id) == 0) {
            update("INSERT INTO application_seen (status, id) VALUES (?, ?)", status, id);
        }
    }

    private int update(String sql, String first, String second) {
        try (Connection connection = connections.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            if (second != null) {
                statement.setString(2, second);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ApplicationStoreException("the drafts table could not be changed", e);
        }
    }

    private List<ApplicationDraft> query(String sql, String id) {
        List<ApplicationDraft> drafts = new ArrayList<>();
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (id != null) {
                query.setString(1, id);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    drafts.add(DraftJson.read(rows.getString(1)));
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new ApplicationStoreException("drafts could not be read", e);
        }
    }
}
