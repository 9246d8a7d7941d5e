package org.griddesk.desktop.store.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.LocalConflict;

/** Conflicts the platform reported, kept with both values; ids are UUIDv7 so they list in arrival order. */
final class ConflictRows {

    private final Transactions tx;
    private final Clock clock;
    private final UuidV7Generator ids;

    ConflictRows(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
        this.ids = new UuidV7Generator(clock, new java.security.SecureRandom());
    }

    void add(LocalConflict local) {
        Conflict conflict = local.conflict();
        tx.write("storing a conflict", c -> {
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO conflicts (id, record_type, record_id, field, base, mine, theirs, status, rev, kept, "
                            + "mine_author, theirs_author, mine_hlc, theirs_hlc, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)")) {
                i.setString(1, ids.nextId());
                i.setString(2, local.record().type());
                i.setString(3, local.record().id());
                i.setString(4, conflict.field());
                i.setString(5, JsonColumns.write(conflict.base()));
                i.setString(6, JsonColumns.write(conflict.mine()));
                i.setString(7, JsonColumns.write(conflict.theirs()));
                i.setLong(8, local.rev());
                i.setString(9, conflict.kept().name().toLowerCase(Locale.ROOT));
                i.setString(10, conflict.mineAuthor());
                i.setString(11, conflict.theirsAuthor());
                i.setString(12, conflict.mineHlc() == null ? null : conflict.mineHlc().toString());
                i.setString(13, conflict.theirsHlc() == null ? null : conflict.theirsHlc().toString());
                i.setTimestamp(14, Timestamp.from(clock.instant()));
                return i.executeUpdate();
            }
        });
    }

    List<LocalConflict> all() {
        return tx.read("reading conflicts", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT record_type, record_id, rev, field, base, mine, theirs, kept, mine_author, theirs_author, "
                            + "mine_hlc, theirs_hlc FROM conflicts ORDER BY id");
                 ResultSet row = q.executeQuery()) {
                List<LocalConflict> conflicts = new ArrayList<>();
                while (row.next()) {
                    conflicts.add(conflict(row));
                }
                return conflicts;
            }
        });
    }

    private static LocalConflict conflict(ResultSet row) throws SQLException {
        Conflict conflict = new Conflict(row.getString(4), JsonColumns.readValue(row.getString(5)),
                JsonColumns.readValue(row.getString(6)), JsonColumns.readValue(row.getString(7)),
                Conflict.Kept.valueOf(row.getString(8).toUpperCase(Locale.ROOT)), row.getString(9),
                row.getString(10), hlc(row.getString(11)), hlc(row.getString(12)));
        return new LocalConflict(new RecordKey(row.getString(1), row.getString(2)), row.getLong(3), conflict);
    }

    private static Hlc hlc(String text) {
        return text == null ? null : Hlc.parse(text);
    }
}
