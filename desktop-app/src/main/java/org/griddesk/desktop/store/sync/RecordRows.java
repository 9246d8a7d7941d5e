package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;

/**
 * The records table: one row per record with its local view (fields, rev, deleted), its base (base, base_rev,
 * base_deleted) and the left-scope mark; sync states live in {@link StateRows}. A view whose fields are the
 * base's keeps no copy of them: view_is_base marks it (see V3).
 */
final class RecordRows {

    /** The view's fields as JSON, shared with the base or its own. */
    private static final String VIEW_FIELDS = "CASE WHEN view_is_base THEN base ELSE fields END";
    private static final String HAS_VIEW = "(view_is_base OR fields IS NOT NULL)";

    /** A new base must not change a view that shared the old one: the view first takes its own copy. */
    private static final String VIEW_KEEPS_OLD_BASE = "fields = " + VIEW_FIELDS + ", view_is_base = FALSE";

    private final Transactions tx;
    private final Clock clock;
    private final KnownRows known;

    RecordRows(Transactions tx, Clock clock, KnownRows known) {
        this.tx = tx;
        this.clock = clock;
        this.known = known;
    }

    Optional<SyncRecord> base(RecordKey key) {
        return tx.read("reading a record base", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT base, base_rev, base_deleted FROM records WHERE type = ? AND id = ? AND base IS NOT NULL")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next()
                            ? Optional.of(record(key, row.getString(1), row.getLong(2), row.getBoolean(3)))
                            : Optional.empty();
                }
            }
        });
    }

    Optional<SyncRecord> view(RecordKey key) {
        return tx.read("reading a local view", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + VIEW_FIELDS + ", rev, deleted FROM records "
                    + "WHERE type = ? AND id = ? AND " + HAS_VIEW)) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next()
                            ? Optional.of(record(key, row.getString(1), row.getLong(2), row.getBoolean(3)))
                            : Optional.empty();
                }
            }
        });
    }

    List<SyncRecord> views(String type) {
        return tx.read("reading local views of " + type, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, " + VIEW_FIELDS + ", rev, deleted FROM records WHERE type = ? AND " + HAS_VIEW
                            + " ORDER BY id")) {
                q.setString(1, type);
                List<SyncRecord> views = new ArrayList<>();
                try (ResultSet row = q.executeQuery()) {
                    while (row.next()) {
                        views.add(record(new RecordKey(type, row.getString(1)), row.getString(2), row.getLong(3),
                                row.getBoolean(4)));
                    }
                }
                return views;
            }
        });
    }

    void putBase(SyncRecord base) {
        upsert("storing a record base", base.key(), VIEW_KEEPS_OLD_BASE + ", base = ?, base_rev = ?, base_deleted = ?",
                "base, base_rev, base_deleted", q -> {
                    q.setString(1, JsonColumns.write(base.fields()));
                    q.setLong(2, base.rev());
                    q.setBoolean(3, base.deleted());
                    return 4;
                });
    }

    void putView(SyncRecord view) {
        upsert("storing a local view", view.key(), "fields = ?, rev = ?, deleted = ?, view_is_base = FALSE",
                "fields, rev, deleted", q -> {
                    q.setString(1, JsonColumns.write(view.fields()));
                    q.setLong(2, view.rev());
                    q.setBoolean(3, view.deleted());
                    return 4;
                });
    }

    void setLeftScope(RecordKey key, boolean left) {
        if (!left && !leftScope(key)) {
            return; // the usual case on every pulled record: a missing row reads as in scope, nothing to write
        }
        upsert("marking a record out of scope", key, "left_scope = ?", "left_scope", q -> {
            q.setBoolean(1, left);
            return 2;
        });
    }

    boolean leftScope(RecordKey key) {
        return tx.read("reading the left-scope mark", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT left_scope FROM records WHERE type = ? AND id = ?")) {
                bindKey(q, key, 1);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** Every record marked as having left the device's scope (kept only until its pending edits are pushed). */
    Set<RecordKey> keysLeftScope() {
        return tx.read("listing records out of scope", c -> {
            Set<RecordKey> keys = new LinkedHashSet<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT type, id FROM records WHERE left_scope = TRUE ORDER BY type, id");
                 ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    keys.add(new RecordKey(row.getString(1), row.getString(2)));
                }
            }
            return keys;
        });
    }

    Set<RecordKey> keysWithData() {
        return tx.read("listing records", c -> {
            Set<RecordKey> keys = new LinkedHashSet<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT type, id FROM records WHERE base IS NOT NULL OR fields IS NOT NULL ORDER BY type, id");
                 ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    keys.add(new RecordKey(row.getString(1), row.getString(2)));
                }
            }
            return keys;
        });
    }

    /** One field of every row with a view or a base, from the view when there is one; nulls are left out. */
    Map<RecordKey, Object> fieldOfEach(String field) {
        return tx.read("reading one field of every record", c -> {
            Map<RecordKey, Object> values = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT type, id, CASE WHEN " + HAS_VIEW + " THEN "
                    + VIEW_FIELDS + " ELSE base END FROM records WHERE base IS NOT NULL OR " + HAS_VIEW);
                 ResultSet row = q.executeQuery()) {
                while (row.next()) {
                    Object value = JsonColumns.readFields(row.getString(3)).get(field);
                    if (value != null) {
                        values.put(new RecordKey(row.getString(1), row.getString(2)), value);
                    }
                }
            }
            return values;
        });
    }

    void delete(RecordKey key) {
        known.forget();
        tx.write("dropping a record", c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM records WHERE type = ? AND id = ?")) {
                bindKey(d, key, 1);
                return d.executeUpdate();
            }
        });
    }

    /** Binds the changed columns and returns the next parameter index. */
    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement statement) throws SQLException;
    }

    private void upsert(String what, RecordKey key, String assignments, String columns, Binder binder) {
        tx.write(what, c -> {
            Timestamp now = Timestamp.from(clock.instant());
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE records SET " + assignments + ", updated_at = ? WHERE type = ? AND id = ?")) {
                int next = binder.bind(u);
                u.setTimestamp(next, now);
                bindKey(u, key, next + 1);
                if (u.executeUpdate() > 0) {
                    return null;
                }
            }
            insert(c, key, columns, binder, now);
            return null;
        });
    }

    private void insert(Connection c, RecordKey key, String columns, Binder binder, Timestamp now)
            throws SQLException {
        known.forget();
        String marks = "?, ".repeat(columns.split(",").length);
        String sql = "INSERT INTO records (" + columns + ", updated_at, type, id) VALUES (" + marks + "?, ?, ?)";
        try (PreparedStatement i = c.prepareStatement(sql)) {
            int next = binder.bind(i);
            i.setTimestamp(next, now);
            bindKey(i, key, next + 1);
            i.executeUpdate();
        }
    }

    static void bindKey(PreparedStatement statement, RecordKey key, int index) throws SQLException {
        statement.setString(index, key.type());
        statement.setString(index + 1, key.id());
    }

    private static SyncRecord record(RecordKey key, String json, long rev, boolean deleted) {
        return new SyncRecord(key.type(), key.id(), JsonColumns.readFields(json), rev, deleted);
    }
}
