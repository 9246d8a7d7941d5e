package org.griddesk.desktop.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Named preferences in the encrypted settings table. */
public final class SettingsTable {

    private final SqlSupplier connections;

    SettingsTable(SqlSupplier connections) {
        this.connections = connections;
    }

    public Optional<String> get(String name) {
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreAccessException("reading setting " + name, e);
        }
    }

    public void put(String name, String value) {
        try (Connection connection = connections.connect();
             PreparedStatement update = connection.prepareStatement("UPDATE settings SET value = ? WHERE name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert =
                             connection.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, value);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException("writing setting " + name, e);
        }
    }

    /** Names and values of the settings whose name starts with {@code prefix}, in name order. */
    public SortedMap<String, String> startingWith(String prefix) {
        SortedMap<String, String> found = new TreeMap<>();
        try (Connection connection = connections.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT name, value FROM settings WHERE name LIKE ? ESCAPE '\\' ORDER BY name")) {
            query.setString(1, prefix.replace("_", "\\_").replace("%", "\\%") + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new StoreAccessException("reading settings " + prefix, e);
        }
        return found;
    }

    public void remove(String name) {
        try (Connection connection = connections.connect();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM settings WHERE name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreAccessException("removing setting " + name, e);
        }
    }
}
