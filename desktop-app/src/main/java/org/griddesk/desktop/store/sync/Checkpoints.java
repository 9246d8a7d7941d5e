package org.griddesk.desktop.store.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Named checkpoints of the sync session (cursor, batch in flight, last acknowledged batch). */
final class Checkpoints {

    private final Transactions tx;

    Checkpoints(Transactions tx) {
        this.tx = tx;
    }

    Optional<String> get(String name) {
        return tx.read("reading checkpoint " + name, c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM sync_checkpoints WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet row = q.executeQuery()) {
                    return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    void put(String name, String value) {
        tx.write("writing checkpoint " + name, c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE sync_checkpoints SET value = ? WHERE name = ?")) {
                u.setString(1, value);
                u.setString(2, name);
                if (u.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO sync_checkpoints (name, value) VALUES (?, ?)")) {
                i.setString(1, name);
                i.setString(2, value);
                i.executeUpdate();
            }
            return null;
        });
    }

    void remove(String name) {
        tx.write("removing checkpoint " + name, c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM sync_checkpoints WHERE name = ?")) {
                d.setString(1, name);
                return d.executeUpdate();
            }
        });
    }
}
